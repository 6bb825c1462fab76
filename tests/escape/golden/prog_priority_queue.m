./prog_priority_queue.go:18:7: h does not escape
./prog_priority_queue.go:35:26: (*Heap).Push ignoring self-assignment in h.items[i], h.items[p] = h.items[p], h.items[i]
./prog_priority_queue.go:35:26: (*Heap).Push ignoring self-assignment in h.items[i], h.items[p] = h.items[p], h.items[i]
./prog_priority_queue.go:26:7: leaking param content: h
./prog_priority_queue.go:26:29: leaking param: name
./prog_priority_queue.go:43:13: (*Heap).Pop ignoring self-assignment in h.items[0] = h.items[last]
./prog_priority_queue.go:44:10: (*Heap).Pop ignoring self-assignment in h.items = h.items[:last]
./prog_priority_queue.go:57:26: (*Heap).Pop ignoring self-assignment in h.items[i], h.items[m] = h.items[m], h.items[i]
./prog_priority_queue.go:57:26: (*Heap).Pop ignoring self-assignment in h.items[i], h.items[m] = h.items[m], h.items[i]
./prog_priority_queue.go:40:7: leaking param: h to result ~r0 level=2
./prog_priority_queue.go:63:7: h does not escape
./prog_priority_queue.go:75:13: ... argument does not escape
./prog_priority_queue.go:75:34: e.At escapes to heap
./prog_priority_queue.go:75:40: e.Name escapes to heap
./prog_priority_queue.go:75:48: e.Seq escapes to heap
./prog_priority_queue.go:82:15: []int{...} does not escape
./prog_priority_queue.go:90:13: ... argument does not escape
./prog_priority_queue.go:90:13: sorted escapes to heap
