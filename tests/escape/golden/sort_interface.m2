./sort_interface.go:15:7: a does not escape
./sort_interface.go:16:7: a does not escape
./sort_interface.go:17:49: ByAge.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
./sort_interface.go:17:49: ByAge.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
./sort_interface.go:17:7: a does not escape
./sort_interface.go:24:7: m does not escape
./sort_interface.go:25:7: m does not escape
./sort_interface.go:34:27: (*multiSorter).Swap ignoring self-assignment in m.people[i], m.people[j] = m.people[j], m.people[i]
./sort_interface.go:34:27: (*multiSorter).Swap ignoring self-assignment in m.people[i], m.people[j] = m.people[j], m.people[i]
./sort_interface.go:32:7: m does not escape
./sort_interface.go:40:17: ByAge(a) escapes to heap:
./sort_interface.go:40:17:   flow: {heap} = &{storage for ByAge(a)}:
./sort_interface.go:40:17:     from ByAge(a) (spill) at ./sort_interface.go:40:17
./sort_interface.go:40:17:     from sort.Sort(ByAge(a)) (call parameter) at ./sort_interface.go:40:11
./sort_interface.go:43:19: ByAge(b) escapes to heap:
./sort_interface.go:43:19:   flow: {heap} = &{storage for ByAge(b)}:
./sort_interface.go:43:19:     from ByAge(b) (spill) at ./sort_interface.go:43:19
./sort_interface.go:43:19:     from sort.Stable(ByAge(b)) (call parameter) at ./sort_interface.go:43:13
./sort_interface.go:46:30: ByAge(c) escapes to heap:
./sort_interface.go:46:30:   flow: {heap} = &{storage for ByAge(c)}:
./sort_interface.go:46:30:     from ByAge(c) (spill) at ./sort_interface.go:46:30
./sort_interface.go:46:30:     from sort.Reverse(ByAge(c)) (call parameter) at ./sort_interface.go:46:24
./sort_interface.go:47:49: ByAge(c) escapes to heap:
./sort_interface.go:47:49:   flow: {heap} = &{storage for ByAge(c)}:
./sort_interface.go:47:49:     from ByAge(c) (spill) at ./sort_interface.go:47:49
./sort_interface.go:47:49:     from sort.Reverse(ByAge(c)) (call parameter) at ./sort_interface.go:47:43
./sort_interface.go:47:75: ByAge(c) escapes to heap:
./sort_interface.go:47:75:   flow: {heap} = &{storage for ByAge(c)}:
./sort_interface.go:47:75:     from ByAge(c) (spill) at ./sort_interface.go:47:75
./sort_interface.go:47:75:     from sort.IsSorted(ByAge(c)) (call parameter) at ./sort_interface.go:47:69
./sort_interface.go:54:25: ByAge(people) escapes to heap:
./sort_interface.go:54:25:   flow: {heap} = &{storage for ByAge(people)}:
./sort_interface.go:54:25:     from ByAge(people) (spill) at ./sort_interface.go:54:25
./sort_interface.go:54:25:     from sort.Reverse(ByAge(people)) (call parameter) at ./sort_interface.go:54:19
./sort_interface.go:58:29: "recovered:" escapes to heap:
./sort_interface.go:58:29:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./sort_interface.go:58:29:     from "recovered:" (spill) at ./sort_interface.go:58:29
./sort_interface.go:58:29:     from ... argument (slice-literal-element) at ./sort_interface.go:58:28
./sort_interface.go:58:29:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:58:29:     from ... argument (spill) at ./sort_interface.go:58:28
./sort_interface.go:58:29:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:58:28
./sort_interface.go:55:43: r.Less(1, 0) escapes to heap:
./sort_interface.go:55:43:   flow: {storage for ... argument} = &{storage for r.Less(1, 0)}:
./sort_interface.go:55:43:     from r.Less(1, 0) (spill) at ./sort_interface.go:55:43
./sort_interface.go:55:43:     from ... argument (slice-literal-element) at ./sort_interface.go:55:13
./sort_interface.go:55:43:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:55:43:     from ... argument (spill) at ./sort_interface.go:55:13
./sort_interface.go:55:43:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:55:13
./sort_interface.go:55:29: r.Less(0, 1) escapes to heap:
./sort_interface.go:55:29:   flow: {storage for ... argument} = &{storage for r.Less(0, 1)}:
./sort_interface.go:55:29:     from r.Less(0, 1) (spill) at ./sort_interface.go:55:29
./sort_interface.go:55:29:     from ... argument (slice-literal-element) at ./sort_interface.go:55:13
./sort_interface.go:55:29:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:55:29:     from ... argument (spill) at ./sort_interface.go:55:13
./sort_interface.go:55:29:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:55:13
./sort_interface.go:55:19: r.Len() escapes to heap:
./sort_interface.go:55:19:   flow: {storage for ... argument} = &{storage for r.Len()}:
./sort_interface.go:55:19:     from r.Len() (spill) at ./sort_interface.go:55:19
./sort_interface.go:55:19:     from ... argument (slice-literal-element) at ./sort_interface.go:55:13
./sort_interface.go:55:19:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:55:19:     from ... argument (spill) at ./sort_interface.go:55:13
./sort_interface.go:55:19:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:55:13
./sort_interface.go:53:27: m2.swaps escapes to heap:
./sort_interface.go:53:27:   flow: {storage for ... argument} = &{storage for m2.swaps}:
./sort_interface.go:53:27:     from m2.swaps (spill) at ./sort_interface.go:53:27
./sort_interface.go:53:27:     from ... argument (slice-literal-element) at ./sort_interface.go:53:13
./sort_interface.go:53:27:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:53:27:     from ... argument (spill) at ./sort_interface.go:53:13
./sort_interface.go:53:27:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:53:13
./sort_interface.go:53:16: m2.people escapes to heap:
./sort_interface.go:53:16:   flow: {storage for ... argument} = &{storage for m2.people}:
./sort_interface.go:53:16:     from m2.people (spill) at ./sort_interface.go:53:16
./sort_interface.go:53:16:     from ... argument (slice-literal-element) at ./sort_interface.go:53:13
./sort_interface.go:53:16:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:53:16:     from ... argument (spill) at ./sort_interface.go:53:13
./sort_interface.go:53:16:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:53:13
./sort_interface.go:51:8: &multiSorter{...} escapes to heap:
./sort_interface.go:51:8:   flow: m2 = &{storage for &multiSorter{...}}:
./sort_interface.go:51:8:     from &multiSorter{...} (spill) at ./sort_interface.go:51:8
./sort_interface.go:51:8:     from m2 := &multiSorter{...} (assign) at ./sort_interface.go:51:5
./sort_interface.go:51:8:   flow: {heap} = m2:
./sort_interface.go:51:8:     from m2 (interface-converted) at ./sort_interface.go:52:13
./sort_interface.go:51:8:     from sort.Stable(m2) (call parameter) at ./sort_interface.go:52:13
./sort_interface.go:50:25: m.swaps escapes to heap:
./sort_interface.go:50:25:   flow: {storage for ... argument} = &{storage for m.swaps}:
./sort_interface.go:50:25:     from m.swaps (spill) at ./sort_interface.go:50:25
./sort_interface.go:50:25:     from ... argument (slice-literal-element) at ./sort_interface.go:50:13
./sort_interface.go:50:25:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:50:25:     from ... argument (spill) at ./sort_interface.go:50:13
./sort_interface.go:50:25:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:50:13
./sort_interface.go:50:15: m.people escapes to heap:
./sort_interface.go:50:15:   flow: {storage for ... argument} = &{storage for m.people}:
./sort_interface.go:50:15:     from m.people (spill) at ./sort_interface.go:50:15
./sort_interface.go:50:15:     from ... argument (slice-literal-element) at ./sort_interface.go:50:13
./sort_interface.go:50:15:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:50:15:     from ... argument (spill) at ./sort_interface.go:50:13
./sort_interface.go:50:15:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:50:13
./sort_interface.go:48:7: &multiSorter{...} escapes to heap:
./sort_interface.go:48:7:   flow: m = &{storage for &multiSorter{...}}:
./sort_interface.go:48:7:     from &multiSorter{...} (spill) at ./sort_interface.go:48:7
./sort_interface.go:48:7:     from m := &multiSorter{...} (assign) at ./sort_interface.go:48:4
./sort_interface.go:48:7:   flow: {heap} = m:
./sort_interface.go:48:7:     from m (interface-converted) at ./sort_interface.go:49:11
./sort_interface.go:48:7:     from sort.Sort(m) (call parameter) at ./sort_interface.go:49:11
./sort_interface.go:47:69: sort.IsSorted(ByAge(c)) escapes to heap:
./sort_interface.go:47:69:   flow: {storage for ... argument} = &{storage for sort.IsSorted(ByAge(c))}:
./sort_interface.go:47:69:     from sort.IsSorted(ByAge(c)) (spill) at ./sort_interface.go:47:69
./sort_interface.go:47:69:     from ... argument (slice-literal-element) at ./sort_interface.go:47:13
./sort_interface.go:47:69:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:47:69:     from ... argument (spill) at ./sort_interface.go:47:13
./sort_interface.go:47:69:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:47:13
./sort_interface.go:47:30: sort.IsSorted(sort.Reverse(ByAge(c))) escapes to heap:
./sort_interface.go:47:30:   flow: {storage for ... argument} = &{storage for sort.IsSorted(sort.Reverse(ByAge(c)))}:
./sort_interface.go:47:30:     from sort.IsSorted(sort.Reverse(ByAge(c))) (spill) at ./sort_interface.go:47:30
./sort_interface.go:47:30:     from ... argument (slice-literal-element) at ./sort_interface.go:47:13
./sort_interface.go:47:30:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:47:30:     from ... argument (spill) at ./sort_interface.go:47:13
./sort_interface.go:47:30:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:47:13
./sort_interface.go:47:13: c escapes to heap:
./sort_interface.go:47:13:   flow: {storage for ... argument} = &{storage for c}:
./sort_interface.go:47:13:     from c (spill) at ./sort_interface.go:47:13
./sort_interface.go:47:13:     from ... argument (slice-literal-element) at ./sort_interface.go:47:13
./sort_interface.go:47:13:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:47:13:     from ... argument (spill) at ./sort_interface.go:47:13
./sort_interface.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:47:13
./sort_interface.go:44:13: b escapes to heap:
./sort_interface.go:44:13:   flow: {storage for ... argument} = &{storage for b}:
./sort_interface.go:44:13:     from b (spill) at ./sort_interface.go:44:13
./sort_interface.go:44:13:     from ... argument (slice-literal-element) at ./sort_interface.go:44:13
./sort_interface.go:44:13:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:44:13:     from ... argument (spill) at ./sort_interface.go:44:13
./sort_interface.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:44:13
./sort_interface.go:41:13: a escapes to heap:
./sort_interface.go:41:13:   flow: {storage for ... argument} = &{storage for a}:
./sort_interface.go:41:13:     from a (spill) at ./sort_interface.go:41:13
./sort_interface.go:41:13:     from ... argument (slice-literal-element) at ./sort_interface.go:41:13
./sort_interface.go:41:13:   flow: {heap} = {storage for ... argument}:
./sort_interface.go:41:13:     from ... argument (spill) at ./sort_interface.go:41:13
./sort_interface.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./sort_interface.go:41:13
./sort_interface.go:38:20: []Person{...} escapes to heap:
./sort_interface.go:38:20:   flow: people = &{storage for []Person{...}}:
./sort_interface.go:38:20:     from []Person{...} (spill) at ./sort_interface.go:38:20
./sort_interface.go:38:20:     from people := []Person{...} (assign) at ./sort_interface.go:38:9
./sort_interface.go:38:20:   flow: {storage for ByAge(people)} = people:
./sort_interface.go:38:20:     from ByAge(people) (interface-converted) at ./sort_interface.go:54:25
./sort_interface.go:38:20: []Person{...} escapes to heap
./sort_interface.go:40:17: ByAge(a) escapes to heap
./sort_interface.go:41:13: ... argument does not escape
./sort_interface.go:41:13: a escapes to heap
./sort_interface.go:43:19: ByAge(b) escapes to heap
./sort_interface.go:44:13: ... argument does not escape
./sort_interface.go:44:13: b escapes to heap
./sort_interface.go:46:30: ByAge(c) escapes to heap
./sort_interface.go:47:13: ... argument does not escape
./sort_interface.go:47:13: c escapes to heap
./sort_interface.go:47:30: sort.IsSorted(sort.Reverse(ByAge(c))) escapes to heap
./sort_interface.go:47:49: ByAge(c) escapes to heap
./sort_interface.go:47:69: sort.IsSorted(ByAge(c)) escapes to heap
./sort_interface.go:47:75: ByAge(c) escapes to heap
./sort_interface.go:48:7: &multiSorter{...} escapes to heap
./sort_interface.go:50:13: ... argument does not escape
./sort_interface.go:50:15: m.people escapes to heap
./sort_interface.go:50:25: m.swaps escapes to heap
./sort_interface.go:51:8: &multiSorter{...} escapes to heap
./sort_interface.go:53:13: ... argument does not escape
./sort_interface.go:53:16: m2.people escapes to heap
./sort_interface.go:53:27: m2.swaps escapes to heap
./sort_interface.go:54:25: ByAge(people) escapes to heap
./sort_interface.go:55:13: ... argument does not escape
./sort_interface.go:55:19: r.Len() escapes to heap
./sort_interface.go:55:29: r.Less(0, 1) escapes to heap
./sort_interface.go:55:43: r.Less(1, 0) escapes to heap
./sort_interface.go:56:12: ... argument does not escape
./sort_interface.go:58:8: func literal does not escape
./sort_interface.go:58:28: ... argument does not escape
./sort_interface.go:58:29: "recovered:" escapes to heap
