./golden_prog_priority_queue.go:18:7: h does not escape
./golden_prog_priority_queue.go:35:26: (*Heap).Push ignoring self-assignment in h.items[i], h.items[p] = h.items[p], h.items[i]
./golden_prog_priority_queue.go:35:26: (*Heap).Push ignoring self-assignment in h.items[i], h.items[p] = h.items[p], h.items[i]
./golden_prog_priority_queue.go:26:29: parameter name leaks to {heap} with derefs=0:
./golden_prog_priority_queue.go:26:29:   flow: {heap} = name:
./golden_prog_priority_queue.go:26:29:     from Event{...} (struct literal element) at ./golden_prog_priority_queue.go:28:33
./golden_prog_priority_queue.go:26:29:     from append(h.items, Event{...}) (call parameter) at ./golden_prog_priority_queue.go:28:18
./golden_prog_priority_queue.go:26:7: parameter h leaks to {heap} with derefs=1:
./golden_prog_priority_queue.go:26:7:   flow: {temp} = *h:
./golden_prog_priority_queue.go:26:7:     from h.items (dot of pointer) at ./golden_prog_priority_queue.go:28:20
./golden_prog_priority_queue.go:26:7:     from append(h.items, Event{...}) (call parameter) at ./golden_prog_priority_queue.go:28:18
./golden_prog_priority_queue.go:26:7:   flow: {heap} = {temp}:
./golden_prog_priority_queue.go:26:7:     from h.items = append(h.items, Event{...}) (assign) at ./golden_prog_priority_queue.go:28:10
./golden_prog_priority_queue.go:26:7: leaking param content: h
./golden_prog_priority_queue.go:26:29: leaking param: name
./golden_prog_priority_queue.go:43:13: (*Heap).Pop ignoring self-assignment in h.items[0] = h.items[last]
./golden_prog_priority_queue.go:44:10: (*Heap).Pop ignoring self-assignment in h.items = h.items[:last]
./golden_prog_priority_queue.go:57:26: (*Heap).Pop ignoring self-assignment in h.items[i], h.items[m] = h.items[m], h.items[i]
./golden_prog_priority_queue.go:57:26: (*Heap).Pop ignoring self-assignment in h.items[i], h.items[m] = h.items[m], h.items[i]
./golden_prog_priority_queue.go:40:7: parameter h leaks to ~r0 with derefs=2:
./golden_prog_priority_queue.go:40:7:   flow: top = **h:
./golden_prog_priority_queue.go:40:7:     from h.items (dot of pointer) at ./golden_prog_priority_queue.go:41:10
./golden_prog_priority_queue.go:40:7:     from h.items[0] (dot of pointer) at ./golden_prog_priority_queue.go:41:16
./golden_prog_priority_queue.go:40:7:     from top := h.items[0] (assign) at ./golden_prog_priority_queue.go:41:6
./golden_prog_priority_queue.go:40:7:   flow: ~r0 = top:
./golden_prog_priority_queue.go:40:7:     from return top (return) at ./golden_prog_priority_queue.go:60:2
./golden_prog_priority_queue.go:40:7: leaking param: h to result ~r0 level=2
./golden_prog_priority_queue.go:63:7: h does not escape
./golden_prog_priority_queue.go:90:13: sorted escapes to heap:
./golden_prog_priority_queue.go:90:13:   flow: {storage for ... argument} = &{storage for sorted}:
./golden_prog_priority_queue.go:90:13:     from sorted (spill) at ./golden_prog_priority_queue.go:90:13
./golden_prog_priority_queue.go:90:13:     from ... argument (slice-literal-element) at ./golden_prog_priority_queue.go:90:13
./golden_prog_priority_queue.go:90:13:   flow: {heap} = {storage for ... argument}:
./golden_prog_priority_queue.go:90:13:     from ... argument (spill) at ./golden_prog_priority_queue.go:90:13
./golden_prog_priority_queue.go:90:13:     from fmt.Println(... argument...) (call parameter) at ./golden_prog_priority_queue.go:90:13
./golden_prog_priority_queue.go:75:48: e.Seq escapes to heap:
./golden_prog_priority_queue.go:75:48:   flow: {storage for ... argument} = &{storage for e.Seq}:
./golden_prog_priority_queue.go:75:48:     from e.Seq (spill) at ./golden_prog_priority_queue.go:75:48
./golden_prog_priority_queue.go:75:48:     from ... argument (slice-literal-element) at ./golden_prog_priority_queue.go:75:13
./golden_prog_priority_queue.go:75:48:   flow: {heap} = {storage for ... argument}:
./golden_prog_priority_queue.go:75:48:     from ... argument (spill) at ./golden_prog_priority_queue.go:75:13
./golden_prog_priority_queue.go:75:48:     from fmt.Printf("t=%d %s (#%d)\n", ... argument...) (call parameter) at ./golden_prog_priority_queue.go:75:13
./golden_prog_priority_queue.go:75:40: e.Name escapes to heap:
./golden_prog_priority_queue.go:75:40:   flow: {storage for ... argument} = &{storage for e.Name}:
./golden_prog_priority_queue.go:75:40:     from e.Name (spill) at ./golden_prog_priority_queue.go:75:40
./golden_prog_priority_queue.go:75:40:     from ... argument (slice-literal-element) at ./golden_prog_priority_queue.go:75:13
./golden_prog_priority_queue.go:75:40:   flow: {heap} = {storage for ... argument}:
./golden_prog_priority_queue.go:75:40:     from ... argument (spill) at ./golden_prog_priority_queue.go:75:13
./golden_prog_priority_queue.go:75:40:     from fmt.Printf("t=%d %s (#%d)\n", ... argument...) (call parameter) at ./golden_prog_priority_queue.go:75:13
./golden_prog_priority_queue.go:75:34: e.At escapes to heap:
./golden_prog_priority_queue.go:75:34:   flow: {storage for ... argument} = &{storage for e.At}:
./golden_prog_priority_queue.go:75:34:     from e.At (spill) at ./golden_prog_priority_queue.go:75:34
./golden_prog_priority_queue.go:75:34:     from ... argument (slice-literal-element) at ./golden_prog_priority_queue.go:75:13
./golden_prog_priority_queue.go:75:34:   flow: {heap} = {storage for ... argument}:
./golden_prog_priority_queue.go:75:34:     from ... argument (spill) at ./golden_prog_priority_queue.go:75:13
./golden_prog_priority_queue.go:75:34:     from fmt.Printf("t=%d %s (#%d)\n", ... argument...) (call parameter) at ./golden_prog_priority_queue.go:75:13
./golden_prog_priority_queue.go:75:13: ... argument does not escape
./golden_prog_priority_queue.go:75:34: e.At escapes to heap
./golden_prog_priority_queue.go:75:40: e.Name escapes to heap
./golden_prog_priority_queue.go:75:48: e.Seq escapes to heap
./golden_prog_priority_queue.go:82:15: []int{...} does not escape
./golden_prog_priority_queue.go:90:13: ... argument does not escape
./golden_prog_priority_queue.go:90:13: sorted escapes to heap
