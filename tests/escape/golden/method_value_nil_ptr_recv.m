./method_value_nil_ptr_recv.go:12:7: n does not escape
./method_value_nil_ptr_recv.go:19:7: n does not escape
./method_value_nil_ptr_recv.go:23:12: empty.Len does not escape
./method_value_nil_ptr_recv.go:24:13: ... argument does not escape
./method_value_nil_ptr_recv.go:24:15: l() escapes to heap
./method_value_nil_ptr_recv.go:25:10: &Node{...} does not escape
./method_value_nil_ptr_recv.go:25:19: &Node{...} does not escape
./method_value_nil_ptr_recv.go:26:13: ... argument does not escape
./method_value_nil_ptr_recv.go:26:22: (*Node).Len(list) escapes to heap
./method_value_nil_ptr_recv.go:26:44: (*Node).Len(list.next.next) escapes to heap
./method_value_nil_ptr_recv.go:27:12: empty.Val does not escape
./method_value_nil_ptr_recv.go:28:13: ... argument does not escape
./method_value_nil_ptr_recv.go:28:14: "bound" escapes to heap
./method_value_nil_ptr_recv.go:29:13: ... argument does not escape
./method_value_nil_ptr_recv.go:29:15: v() escapes to heap
