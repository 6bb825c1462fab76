./pointer_to_pointer.go:12:15: pp does not escape
./pointer_to_pointer.go:12:25: leaking param: target
./pointer_to_pointer.go:16:19: leaking param content: head
./pointer_to_pointer.go:21:7: &Node{...} escapes to heap
./pointer_to_pointer.go:25:5: moved to heap: y
./pointer_to_pointer.go:29:13: ... argument does not escape
./pointer_to_pointer.go:29:13: x escapes to heap
./pointer_to_pointer.go:29:17: *p escapes to heap
./pointer_to_pointer.go:32:13: ... argument does not escape
./pointer_to_pointer.go:32:13: x escapes to heap
./pointer_to_pointer.go:32:13: y escapes to heap
./pointer_to_pointer.go:32:20: *p escapes to heap
./pointer_to_pointer.go:36:13: ... argument does not escape
./pointer_to_pointer.go:36:13: y escapes to heap
./pointer_to_pointer.go:39:25: []int{...} does not escape
./pointer_to_pointer.go:43:12: ... argument does not escape
./pointer_to_pointer.go:43:14: n.V escapes to heap
./pointer_to_pointer.go:43:18: " " escapes to heap
