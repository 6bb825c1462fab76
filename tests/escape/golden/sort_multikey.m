./sort_multikey.go:24:7: leaking param: ms
./sort_multikey.go:24:29: leaking param: e
./sort_multikey.go:25:7: ms does not escape
./sort_multikey.go:26:68: (*multiSorter).Swap ignoring self-assignment in ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i]
./sort_multikey.go:26:68: (*multiSorter).Swap ignoring self-assignment in ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i]
./sort_multikey.go:26:7: ms does not escape
./sort_multikey.go:27:7: leaking param content: ms
./sort_multikey.go:42:16: leaking param: less
./sort_multikey.go:42:56: &multiSorter{...} escapes to heap
./sort_multikey.go:50:15: a does not escape
./sort_multikey.go:50:18: b does not escape
./sort_multikey.go:51:17: a does not escape
./sort_multikey.go:51:20: b does not escape
./sort_multikey.go:52:15: a does not escape
./sort_multikey.go:52:18: b does not escape
./sort_multikey.go:46:19: []string{...} does not escape
./sort_multikey.go:48:55: ... argument does not escape
./sort_multikey.go:48:71: i * 17 % 40 escapes to heap
./sort_multikey.go:50:10: func literal escapes to heap
./sort_multikey.go:51:12: func literal escapes to heap
./sort_multikey.go:52:10: func literal escapes to heap
./sort_multikey.go:53:11: ... argument escapes to heap
./sort_multikey.go:55:14: ... argument does not escape
./sort_multikey.go:55:14: e escapes to heap
./sort_multikey.go:58:12: emps escapes to heap
./sort_multikey.go:58:19: func literal does not escape
./sort_multikey.go:64:13: ... argument does not escape
./sort_multikey.go:64:18: emps[:5] escapes to heap
./sort_multikey.go:65:18: emps escapes to heap
./sort_multikey.go:65:25: func literal does not escape
./sort_multikey.go:66:18: emps escapes to heap
./sort_multikey.go:66:25: func literal does not escape
./sort_multikey.go:69:60: e.Dept + "/" + fmt.Sprint(... argument...) + "/" + e.Name escapes to heap
./sort_multikey.go:69:46: ... argument does not escape
./sort_multikey.go:69:48: e.Salary escapes to heap
./sort_multikey.go:71:13: ... argument does not escape
./sort_multikey.go:71:26: strings.Join(names, " ") escapes to heap
./sort_multikey.go:73:12: emps escapes to heap
./sort_multikey.go:73:19: func literal does not escape
./sort_multikey.go:78:13: ... argument does not escape
./sort_multikey.go:78:26: strings.Join(names, " ") escapes to heap
