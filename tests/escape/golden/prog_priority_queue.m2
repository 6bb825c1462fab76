./prog_priority_queue.go:18:7: h does not escape
./prog_priority_queue.go:35:26: (*Heap).Push ignoring self-assignment in h.items[i], h.items[p] = h.items[p], h.items[i]
./prog_priority_queue.go:35:26: (*Heap).Push ignoring self-assignment in h.items[i], h.items[p] = h.items[p], h.items[i]
./prog_priority_queue.go:26:29: parameter name leaks to {heap} with derefs=0:
./prog_priority_queue.go:26:29:   flow: {heap} = name:
./prog_priority_queue.go:26:29:     from Event{...} (struct literal element) at ./prog_priority_queue.go:28:33
./prog_priority_queue.go:26:29:     from append(h.items, Event{...}) (call parameter) at ./prog_priority_queue.go:28:18
./prog_priority_queue.go:26:7: parameter h leaks to {heap} with derefs=1:
./prog_priority_queue.go:26:7:   flow: {temp} = *h:
./prog_priority_queue.go:26:7:     from h.items (dot of pointer) at ./prog_priority_queue.go:28:20
./prog_priority_queue.go:26:7:     from append(h.items, Event{...}) (call parameter) at ./prog_priority_queue.go:28:18
./prog_priority_queue.go:26:7:   flow: {heap} = {temp}:
./prog_priority_queue.go:26:7:     from h.items = append(h.items, Event{...}) (assign) at ./prog_priority_queue.go:28:10
./prog_priority_queue.go:26:7: leaking param content: h
./prog_priority_queue.go:26:29: leaking param: name
./prog_priority_queue.go:43:13: (*Heap).Pop ignoring self-assignment in h.items[0] = h.items[last]
./prog_priority_queue.go:44:10: (*Heap).Pop ignoring self-assignment in h.items = h.items[:last]
./prog_priority_queue.go:57:26: (*Heap).Pop ignoring self-assignment in h.items[i], h.items[m] = h.items[m], h.items[i]
./prog_priority_queue.go:57:26: (*Heap).Pop ignoring self-assignment in h.items[i], h.items[m] = h.items[m], h.items[i]
./prog_priority_queue.go:40:7: parameter h leaks to ~r0 with derefs=2:
./prog_priority_queue.go:40:7:   flow: top = **h:
./prog_priority_queue.go:40:7:     from h.items (dot of pointer) at ./prog_priority_queue.go:41:10
./prog_priority_queue.go:40:7:     from h.items[0] (dot of pointer) at ./prog_priority_queue.go:41:16
./prog_priority_queue.go:40:7:     from top := h.items[0] (assign) at ./prog_priority_queue.go:41:6
./prog_priority_queue.go:40:7:   flow: ~r0 = top:
./prog_priority_queue.go:40:7:     from return top (return) at ./prog_priority_queue.go:60:2
./prog_priority_queue.go:40:7: leaking param: h to result ~r0 level=2
./prog_priority_queue.go:63:7: h does not escape
./prog_priority_queue.go:90:13: sorted escapes to heap:
./prog_priority_queue.go:90:13:   flow: {storage for ... argument} = &{storage for sorted}:
./prog_priority_queue.go:90:13:     from sorted (spill) at ./prog_priority_queue.go:90:13
./prog_priority_queue.go:90:13:     from ... argument (slice-literal-element) at ./prog_priority_queue.go:90:13
./prog_priority_queue.go:90:13:   flow: {heap} = {storage for ... argument}:
./prog_priority_queue.go:90:13:     from ... argument (spill) at ./prog_priority_queue.go:90:13
./prog_priority_queue.go:90:13:     from fmt.Println(... argument...) (call parameter) at ./prog_priority_queue.go:90:13
./prog_priority_queue.go:75:48: e.Seq escapes to heap:
./prog_priority_queue.go:75:48:   flow: {storage for ... argument} = &{storage for e.Seq}:
./prog_priority_queue.go:75:48:     from e.Seq (spill) at ./prog_priority_queue.go:75:48
./prog_priority_queue.go:75:48:     from ... argument (slice-literal-element) at ./prog_priority_queue.go:75:13
./prog_priority_queue.go:75:48:   flow: {heap} = {storage for ... argument}:
./prog_priority_queue.go:75:48:     from ... argument (spill) at ./prog_priority_queue.go:75:13
./prog_priority_queue.go:75:48:     from fmt.Printf("t=%d %s (#%d)\n", ... argument...) (call parameter) at ./prog_priority_queue.go:75:13
./prog_priority_queue.go:75:40: e.Name escapes to heap:
./prog_priority_queue.go:75:40:   flow: {storage for ... argument} = &{storage for e.Name}:
./prog_priority_queue.go:75:40:     from e.Name (spill) at ./prog_priority_queue.go:75:40
./prog_priority_queue.go:75:40:     from ... argument (slice-literal-element) at ./prog_priority_queue.go:75:13
./prog_priority_queue.go:75:40:   flow: {heap} = {storage for ... argument}:
./prog_priority_queue.go:75:40:     from ... argument (spill) at ./prog_priority_queue.go:75:13
./prog_priority_queue.go:75:40:     from fmt.Printf("t=%d %s (#%d)\n", ... argument...) (call parameter) at ./prog_priority_queue.go:75:13
./prog_priority_queue.go:75:34: e.At escapes to heap:
./prog_priority_queue.go:75:34:   flow: {storage for ... argument} = &{storage for e.At}:
./prog_priority_queue.go:75:34:     from e.At (spill) at ./prog_priority_queue.go:75:34
./prog_priority_queue.go:75:34:     from ... argument (slice-literal-element) at ./prog_priority_queue.go:75:13
./prog_priority_queue.go:75:34:   flow: {heap} = {storage for ... argument}:
./prog_priority_queue.go:75:34:     from ... argument (spill) at ./prog_priority_queue.go:75:13
./prog_priority_queue.go:75:34:     from fmt.Printf("t=%d %s (#%d)\n", ... argument...) (call parameter) at ./prog_priority_queue.go:75:13
./prog_priority_queue.go:75:13: ... argument does not escape
./prog_priority_queue.go:75:34: e.At escapes to heap
./prog_priority_queue.go:75:40: e.Name escapes to heap
./prog_priority_queue.go:75:48: e.Seq escapes to heap
./prog_priority_queue.go:82:15: []int{...} does not escape
./prog_priority_queue.go:90:13: ... argument does not escape
./prog_priority_queue.go:90:13: sorted escapes to heap
