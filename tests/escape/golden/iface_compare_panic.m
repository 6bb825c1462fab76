./iface_compare_panic.go:6:27: []int{...} does not escape
./iface_compare_panic.go:6:27: []int{...} does not escape
./iface_compare_panic.go:7:27: []int{...} does not escape
./iface_compare_panic.go:7:27: []int{...} does not escape
./iface_compare_panic.go:8:6: 1 does not escape
./iface_compare_panic.go:9:13: ... argument does not escape
./iface_compare_panic.go:9:16: a == c escapes to heap
./iface_compare_panic.go:10:13: ... argument does not escape
./iface_compare_panic.go:10:16: a == b escapes to heap
