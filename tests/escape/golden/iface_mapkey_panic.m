./iface_mapkey_panic.go:4:26: map[interface {}]int{} does not escape
./iface_mapkey_panic.go:5:9: []int{...} escapes to heap
./iface_mapkey_panic.go:5:9: []int{...} escapes to heap
