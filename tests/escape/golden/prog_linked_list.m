./prog_linked_list.go:18:7: leaking param content: l
./prog_linked_list.go:19:7: &Node{...} escapes to heap
./prog_linked_list.go:27:7: l does not escape
./prog_linked_list.go:28:7: &Node{...} escapes to heap
./prog_linked_list.go:38:7: leaking param: l to result ~r0 level=1
./prog_linked_list.go:47:7: leaking param content: l
./prog_linked_list.go:69:9: (*List).Reverse ignoring self-assignment in l.tail = l.head
./prog_linked_list.go:67:7: leaking param content: l
./prog_linked_list.go:78:7: l does not escape
./prog_linked_list.go:79:13: make([]int, 0, l.size) escapes to heap
./prog_linked_list.go:92:13: ... argument does not escape
./prog_linked_list.go:92:21: (*List).Slice(l) escapes to heap
./prog_linked_list.go:92:26: l.size escapes to heap
./prog_linked_list.go:93:13: ... argument does not escape
./prog_linked_list.go:93:25: (*List).Find(l, 30) != nil escapes to heap
./prog_linked_list.go:93:44: (*List).Find(l, 31) == nil escapes to heap
./prog_linked_list.go:93:67: (*List).Find(l, 30).Next.Val escapes to heap
./prog_linked_list.go:94:13: ... argument does not escape
./prog_linked_list.go:94:22: (*List).Remove(l, 5) escapes to heap
./prog_linked_list.go:94:35: (*List).Remove(l, 50) escapes to heap
./prog_linked_list.go:94:49: (*List).Remove(l, 99) escapes to heap
./prog_linked_list.go:95:13: ... argument does not escape
./prog_linked_list.go:95:21: (*List).Slice(l) escapes to heap
./prog_linked_list.go:95:26: l.size escapes to heap
./prog_linked_list.go:95:39: l.tail.Val escapes to heap
./prog_linked_list.go:97:13: ... argument does not escape
./prog_linked_list.go:97:21: (*List).Slice(l) escapes to heap
./prog_linked_list.go:97:31: l.head.Val escapes to heap
./prog_linked_list.go:97:43: l.tail.Val escapes to heap
./prog_linked_list.go:99:13: ... argument does not escape
./prog_linked_list.go:99:21: (*List).Slice(l) escapes to heap
./prog_linked_list.go:103:13: ... argument does not escape
./prog_linked_list.go:103:21: (*List).Slice(l) escapes to heap
./prog_linked_list.go:103:32: l.head == nil escapes to heap
./prog_linked_list.go:103:47: l.tail == nil escapes to heap
