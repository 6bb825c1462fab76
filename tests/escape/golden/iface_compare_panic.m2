./iface_compare_panic.go:10:16: a == b escapes to heap:
./iface_compare_panic.go:10:16:   flow: {storage for ... argument} = &{storage for a == b}:
./iface_compare_panic.go:10:16:     from a == b (spill) at ./iface_compare_panic.go:10:16
./iface_compare_panic.go:10:16:     from ... argument (slice-literal-element) at ./iface_compare_panic.go:10:13
./iface_compare_panic.go:10:16:   flow: {heap} = {storage for ... argument}:
./iface_compare_panic.go:10:16:     from ... argument (spill) at ./iface_compare_panic.go:10:13
./iface_compare_panic.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare_panic.go:10:13
./iface_compare_panic.go:9:16: a == c escapes to heap:
./iface_compare_panic.go:9:16:   flow: {storage for ... argument} = &{storage for a == c}:
./iface_compare_panic.go:9:16:     from a == c (spill) at ./iface_compare_panic.go:9:16
./iface_compare_panic.go:9:16:     from ... argument (slice-literal-element) at ./iface_compare_panic.go:9:13
./iface_compare_panic.go:9:16:   flow: {heap} = {storage for ... argument}:
./iface_compare_panic.go:9:16:     from ... argument (spill) at ./iface_compare_panic.go:9:13
./iface_compare_panic.go:9:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare_panic.go:9:13
./iface_compare_panic.go:6:27: []int{...} does not escape
./iface_compare_panic.go:6:27: []int{...} does not escape
./iface_compare_panic.go:7:27: []int{...} does not escape
./iface_compare_panic.go:7:27: []int{...} does not escape
./iface_compare_panic.go:8:6: 1 does not escape
./iface_compare_panic.go:9:13: ... argument does not escape
./iface_compare_panic.go:9:16: a == c escapes to heap
./iface_compare_panic.go:10:13: ... argument does not escape
./iface_compare_panic.go:10:16: a == b escapes to heap
