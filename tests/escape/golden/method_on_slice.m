./method_on_slice.go:9:7: l does not escape
./method_on_slice.go:17:7: l does not escape
./method_on_slice.go:19:7: l does not escape
./method_on_slice.go:25:7: leaking param content: l
./method_on_slice.go:27:7: leaking param content: l
./method_on_slice.go:34:7: l does not escape
./method_on_slice.go:34:25: keep does not escape
./method_on_slice.go:46:13: ... argument does not escape
./method_on_slice.go:46:19: IntList.Len(l) escapes to heap
./method_on_slice.go:46:28: IntList.Sum(l) escapes to heap
./method_on_slice.go:46:34: l == nil escapes to heap
./method_on_slice.go:50:13: ... argument does not escape
./method_on_slice.go:50:13: l escapes to heap
./method_on_slice.go:50:22: IntList.Len(l) escapes to heap
./method_on_slice.go:50:31: IntList.Sum(l) escapes to heap
./method_on_slice.go:52:13: ... argument does not escape
./method_on_slice.go:52:13: l escapes to heap
./method_on_slice.go:53:13: ... argument does not escape
./method_on_slice.go:53:19: (*IntList).Pop(l) escapes to heap
./method_on_slice.go:53:19: l escapes to heap
./method_on_slice.go:55:18: func literal does not escape
./method_on_slice.go:56:13: ... argument does not escape
./method_on_slice.go:56:13: odd escapes to heap
./method_on_slice.go:56:26: IntList.Sum(odd) escapes to heap
./method_on_slice.go:57:13: ... argument does not escape
./method_on_slice.go:57:31: IntList.Sum(IntList{...}) escapes to heap
./method_on_slice.go:57:21: IntList{...} does not escape
./method_on_slice.go:58:12: ... argument does not escape
./method_on_slice.go:58:13: l escapes to heap
./method_on_slice.go:58:13: l escapes to heap
./method_on_slice.go:61:13: ... argument does not escape
./method_on_slice.go:61:17: len(plain) escapes to heap
./method_on_slice.go:61:48: IntList.Sum(IntList(plain[:1])) escapes to heap
