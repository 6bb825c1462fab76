./struct_copy.go:14:13: b does not escape
./struct_copy.go:21:16: b does not escape
./struct_copy.go:31:36: []string{...} escapes to heap
./struct_copy.go:31:57: map[string]int{...} escapes to heap
./struct_copy.go:35:13: ... argument does not escape
./struct_copy.go:35:15: b.Items escapes to heap
./struct_copy.go:35:24: b.Label escapes to heap
./struct_copy.go:35:33: c.Items escapes to heap
./struct_copy.go:35:42: c.Label escapes to heap
./struct_copy.go:38:13: ... argument does not escape
./struct_copy.go:38:15: b.Items escapes to heap
./struct_copy.go:38:24: b.Tags escapes to heap
./struct_copy.go:38:37: b.Meta["n"] escapes to heap
./struct_copy.go:38:45: b.Label escapes to heap
./struct_copy.go:40:13: ... argument does not escape
./struct_copy.go:40:15: b.Items escapes to heap
./struct_copy.go:40:24: b.Label escapes to heap
./struct_copy.go:44:13: ... argument does not escape
./struct_copy.go:44:16: f1.Items escapes to heap
./struct_copy.go:44:26: f2.Items escapes to heap
./struct_copy.go:49:13: ... argument does not escape
./struct_copy.go:49:26: arr[0].Items[2] escapes to heap
./struct_copy.go:49:44: arr2[0].Items[2] escapes to heap
./struct_copy.go:54:13: ... argument does not escape
./struct_copy.go:54:15: x.Label escapes to heap
./struct_copy.go:54:24: y.Label escapes to heap
