./iface_mapkey_panic.go:5:9: []int{...} escapes to heap:
./iface_mapkey_panic.go:5:9:   flow: {heap} = &{storage for []int{...}}:
./iface_mapkey_panic.go:5:9:     from []int{...} (spill) at ./iface_mapkey_panic.go:5:9
./iface_mapkey_panic.go:5:9:     from m[[]int{...}] (key of map put) at ./iface_mapkey_panic.go:5:3
./iface_mapkey_panic.go:5:9: []int{...} escapes to heap:
./iface_mapkey_panic.go:5:9:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./iface_mapkey_panic.go:5:9:     from []int{...} (spill) at ./iface_mapkey_panic.go:5:9
./iface_mapkey_panic.go:5:9:     from []int{...} (interface-converted) at ./iface_mapkey_panic.go:5:9
./iface_mapkey_panic.go:4:26: map[interface {}]int{} does not escape
./iface_mapkey_panic.go:5:9: []int{...} escapes to heap
./iface_mapkey_panic.go:5:9: []int{...} escapes to heap
