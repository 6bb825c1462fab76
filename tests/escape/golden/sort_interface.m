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
