./chan_iface_values.go:7:2: 1 escapes to heap
./chan_iface_values.go:8:2: "two" escapes to heap
./chan_iface_values.go:9:2: 3.5 escapes to heap
./chan_iface_values.go:10:12: []int{...} escapes to heap
./chan_iface_values.go:10:12: []int{...} escapes to heap
./chan_iface_values.go:13:13: ... argument does not escape
./chan_iface_values.go:17:13: ... argument does not escape
./chan_iface_values.go:17:18: <-e == nil escapes to heap
