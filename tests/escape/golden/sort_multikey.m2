./sort_multikey.go:24:7: parameter ms leaks to {heap} with derefs=0:
./sort_multikey.go:24:7:   flow: {heap} = ms:
./sort_multikey.go:24:7:     from ms (interface-converted) at ./sort_multikey.go:24:67
./sort_multikey.go:24:7:     from sort.Sort(ms) (call parameter) at ./sort_multikey.go:24:67
./sort_multikey.go:24:29: parameter e leaks to {heap} with derefs=0:
./sort_multikey.go:24:29:   flow: {heap} = e:
./sort_multikey.go:24:29:     from ms.emps = e (assign) at ./sort_multikey.go:24:53
./sort_multikey.go:24:7: leaking param: ms
./sort_multikey.go:24:29: leaking param: e
./sort_multikey.go:25:7: ms does not escape
./sort_multikey.go:26:68: (*multiSorter).Swap ignoring self-assignment in ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i]
./sort_multikey.go:26:68: (*multiSorter).Swap ignoring self-assignment in ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i]
./sort_multikey.go:26:7: ms does not escape
./sort_multikey.go:27:7: parameter ms leaks to {heap} with derefs=1:
./sort_multikey.go:27:7:   flow: q = *ms:
./sort_multikey.go:27:7:     from ms.emps (dot of pointer) at ./sort_multikey.go:28:26
./sort_multikey.go:27:7:     from ms.emps[j] (dot of pointer) at ./sort_multikey.go:28:31
./sort_multikey.go:27:7:     from &ms.emps[j] (address-of) at ./sort_multikey.go:28:23
./sort_multikey.go:27:7:     from p, q := &ms.emps[i], &ms.emps[j] (assign-pair) at ./sort_multikey.go:28:7
./sort_multikey.go:27:7:   flow: {heap} = q:
./sort_multikey.go:27:7:     from less(p, q) (call parameter) at ./sort_multikey.go:33:12
./sort_multikey.go:27:7: leaking param content: ms
./sort_multikey.go:42:56: &multiSorter{...} escapes to heap:
./sort_multikey.go:42:56:   flow: ~r0 = &{storage for &multiSorter{...}}:
./sort_multikey.go:42:56:     from &multiSorter{...} (spill) at ./sort_multikey.go:42:56
./sort_multikey.go:42:56:     from return &multiSorter{...} (return) at ./sort_multikey.go:42:49
./sort_multikey.go:42:16: parameter less leaks to {storage for &multiSorter{...}} with derefs=0:
./sort_multikey.go:42:16:   flow: {storage for &multiSorter{...}} = less:
./sort_multikey.go:42:16:     from multiSorter{...} (struct literal element) at ./sort_multikey.go:42:68
./sort_multikey.go:42:16: leaking param: less
./sort_multikey.go:42:56: &multiSorter{...} escapes to heap
./sort_multikey.go:53:11: ... argument escapes to heap:
./sort_multikey.go:53:11:   flow: {heap} = &{storage for ... argument}:
./sort_multikey.go:53:11:     from ... argument (spill) at ./sort_multikey.go:53:11
./sort_multikey.go:53:11:     from OrderedBy(... argument...) (call parameter) at ./sort_multikey.go:53:11
./sort_multikey.go:58:12: emps escapes to heap:
./sort_multikey.go:58:12:   flow: {heap} = &{storage for emps}:
./sort_multikey.go:58:12:     from emps (spill) at ./sort_multikey.go:58:12
./sort_multikey.go:58:12:     from sort.Slice(emps, func literal) (call parameter) at ./sort_multikey.go:58:12
./sort_multikey.go:65:18: emps escapes to heap:
./sort_multikey.go:65:18:   flow: {heap} = &{storage for emps}:
./sort_multikey.go:65:18:     from emps (spill) at ./sort_multikey.go:65:18
./sort_multikey.go:65:18:     from sort.SliceStable(emps, func literal) (call parameter) at ./sort_multikey.go:65:18
./sort_multikey.go:66:18: emps escapes to heap:
./sort_multikey.go:66:18:   flow: {heap} = &{storage for emps}:
./sort_multikey.go:66:18:     from emps (spill) at ./sort_multikey.go:66:18
./sort_multikey.go:66:18:     from sort.SliceStable(emps, func literal) (call parameter) at ./sort_multikey.go:66:18
./sort_multikey.go:69:60: e.Dept + "/" + fmt.Sprint(e.Salary) + "/" + e.Name escapes to heap:
./sort_multikey.go:69:60:   flow: {heap} = &{storage for e.Dept + "/" + fmt.Sprint(e.Salary) + "/" + e.Name}:
./sort_multikey.go:69:60:     from e.Dept + "/" + fmt.Sprint(e.Salary) + "/" + e.Name (spill) at ./sort_multikey.go:69:60
./sort_multikey.go:69:60:     from append(names, e.Dept + "/" + fmt.Sprint(e.Salary) + "/" + e.Name) (call parameter) at ./sort_multikey.go:69:17
./sort_multikey.go:73:12: emps escapes to heap:
./sort_multikey.go:73:12:   flow: {heap} = &{storage for emps}:
./sort_multikey.go:73:12:     from emps (spill) at ./sort_multikey.go:73:12
./sort_multikey.go:73:12:     from sort.Slice(emps, func literal) (call parameter) at ./sort_multikey.go:73:12
./sort_multikey.go:45:6: main capturing by value: emps (addr=false assign=false width=24)
./sort_multikey.go:45:6: main capturing by value: emps (addr=false assign=false width=24)
./sort_multikey.go:45:6: main capturing by value: emps (addr=false assign=false width=24)
./sort_multikey.go:45:6: main capturing by value: emps (addr=false assign=false width=24)
./sort_multikey.go:78:26: strings.Join(names, " ") escapes to heap:
./sort_multikey.go:78:26:   flow: {storage for ... argument} = &{storage for strings.Join(names, " ")}:
./sort_multikey.go:78:26:     from strings.Join(names, " ") (spill) at ./sort_multikey.go:78:26
./sort_multikey.go:78:26:     from ... argument (slice-literal-element) at ./sort_multikey.go:78:13
./sort_multikey.go:78:26:   flow: {heap} = {storage for ... argument}:
./sort_multikey.go:78:26:     from ... argument (spill) at ./sort_multikey.go:78:13
./sort_multikey.go:78:26:     from fmt.Println(... argument...) (call parameter) at ./sort_multikey.go:78:13
./sort_multikey.go:71:26: strings.Join(names, " ") escapes to heap:
./sort_multikey.go:71:26:   flow: {storage for ... argument} = &{storage for strings.Join(names, " ")}:
./sort_multikey.go:71:26:     from strings.Join(names, " ") (spill) at ./sort_multikey.go:71:26
./sort_multikey.go:71:26:     from ... argument (slice-literal-element) at ./sort_multikey.go:71:13
./sort_multikey.go:71:26:   flow: {heap} = {storage for ... argument}:
./sort_multikey.go:71:26:     from ... argument (spill) at ./sort_multikey.go:71:13
./sort_multikey.go:71:26:     from fmt.Println(... argument...) (call parameter) at ./sort_multikey.go:71:13
./sort_multikey.go:69:48: e.Salary escapes to heap:
./sort_multikey.go:69:48:   flow: {storage for ... argument} = &{storage for e.Salary}:
./sort_multikey.go:69:48:     from e.Salary (spill) at ./sort_multikey.go:69:48
./sort_multikey.go:69:48:     from ... argument (slice-literal-element) at ./sort_multikey.go:69:46
./sort_multikey.go:69:48:   flow: {heap} = {storage for ... argument}:
./sort_multikey.go:69:48:     from ... argument (spill) at ./sort_multikey.go:69:46
./sort_multikey.go:69:48:     from fmt.Sprint(... argument...) (call parameter) at ./sort_multikey.go:69:46
./sort_multikey.go:64:18: emps[:5] escapes to heap:
./sort_multikey.go:64:18:   flow: {storage for ... argument} = &{storage for emps[:5]}:
./sort_multikey.go:64:18:     from emps[:5] (spill) at ./sort_multikey.go:64:18
./sort_multikey.go:64:18:     from ... argument (slice-literal-element) at ./sort_multikey.go:64:13
./sort_multikey.go:64:18:   flow: {heap} = {storage for ... argument}:
./sort_multikey.go:64:18:     from ... argument (spill) at ./sort_multikey.go:64:13
./sort_multikey.go:64:18:     from fmt.Println(... argument...) (call parameter) at ./sort_multikey.go:64:13
./sort_multikey.go:55:14: e escapes to heap:
./sort_multikey.go:55:14:   flow: {storage for ... argument} = &{storage for e}:
./sort_multikey.go:55:14:     from e (spill) at ./sort_multikey.go:55:14
./sort_multikey.go:55:14:     from ... argument (slice-literal-element) at ./sort_multikey.go:55:14
./sort_multikey.go:55:14:   flow: {heap} = {storage for ... argument}:
./sort_multikey.go:55:14:     from ... argument (spill) at ./sort_multikey.go:55:14
./sort_multikey.go:55:14:     from fmt.Println(... argument...) (call parameter) at ./sort_multikey.go:55:14
./sort_multikey.go:48:71: i * 17 % 40 escapes to heap:
./sort_multikey.go:48:71:   flow: {storage for ... argument} = &{storage for i * 17 % 40}:
./sort_multikey.go:48:71:     from i * 17 % 40 (spill) at ./sort_multikey.go:48:71
./sort_multikey.go:48:71:     from ... argument (slice-literal-element) at ./sort_multikey.go:48:55
./sort_multikey.go:48:71:   flow: {heap} = {storage for ... argument}:
./sort_multikey.go:48:71:     from ... argument (spill) at ./sort_multikey.go:48:55
./sort_multikey.go:48:71:     from fmt.Sprintf("e%02d", ... argument...) (call parameter) at ./sort_multikey.go:48:55
./sort_multikey.go:52:10: func literal escapes to heap:
./sort_multikey.go:52:10:   flow: name = &{storage for func literal}:
./sort_multikey.go:52:10:     from func literal (spill) at ./sort_multikey.go:52:10
./sort_multikey.go:52:10:     from name := func literal (assign) at ./sort_multikey.go:52:7
./sort_multikey.go:52:10:   flow: {storage for ... argument} = name:
./sort_multikey.go:52:10:     from ... argument (slice-literal-element) at ./sort_multikey.go:53:11
./sort_multikey.go:51:12: func literal escapes to heap:
./sort_multikey.go:51:12:   flow: salary = &{storage for func literal}:
./sort_multikey.go:51:12:     from func literal (spill) at ./sort_multikey.go:51:12
./sort_multikey.go:51:12:     from salary := func literal (assign) at ./sort_multikey.go:51:9
./sort_multikey.go:51:12:   flow: {storage for ... argument} = salary:
./sort_multikey.go:51:12:     from ... argument (slice-literal-element) at ./sort_multikey.go:53:11
./sort_multikey.go:50:10: func literal escapes to heap:
./sort_multikey.go:50:10:   flow: dept = &{storage for func literal}:
./sort_multikey.go:50:10:     from func literal (spill) at ./sort_multikey.go:50:10
./sort_multikey.go:50:10:     from dept := func literal (assign) at ./sort_multikey.go:50:7
./sort_multikey.go:50:10:   flow: {storage for ... argument} = dept:
./sort_multikey.go:50:10:     from ... argument (slice-literal-element) at ./sort_multikey.go:53:11
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
