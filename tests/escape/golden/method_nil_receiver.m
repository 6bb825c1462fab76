./method_nil_receiver.go:12:7: l does not escape
./method_nil_receiver.go:19:7: l does not escape
./method_nil_receiver.go:26:7: leaking param: l
./method_nil_receiver.go:26:43: &List{...} escapes to heap
./method_nil_receiver.go:33:7: t does not escape
./method_nil_receiver.go:46:13: ... argument does not escape
./method_nil_receiver.go:46:19: (*List).Len(l) escapes to heap
./method_nil_receiver.go:46:28: (*List).Sum(l) escapes to heap
./method_nil_receiver.go:48:13: ... argument does not escape
./method_nil_receiver.go:48:19: (*List).Len(l) escapes to heap
./method_nil_receiver.go:48:28: (*List).Sum(l) escapes to heap
./method_nil_receiver.go:48:33: l.Val escapes to heap
./method_nil_receiver.go:51:13: ... argument does not escape
./method_nil_receiver.go:51:21: (*Tree).Depth(t) escapes to heap
./method_nil_receiver.go:52:6: &Tree{...} does not escape
./method_nil_receiver.go:52:18: &Tree{...} does not escape
./method_nil_receiver.go:52:30: &Tree{} does not escape
./method_nil_receiver.go:52:47: &Tree{} does not escape
./method_nil_receiver.go:53:13: ... argument does not escape
./method_nil_receiver.go:53:21: (*Tree).Depth(t) escapes to heap
./method_nil_receiver.go:56:13: ... argument does not escape
./method_nil_receiver.go:56:15: f(nil) escapes to heap
