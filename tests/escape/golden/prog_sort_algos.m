./prog_sort_algos.go:11:17: insertion ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./prog_sort_algos.go:11:17: insertion ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./prog_sort_algos.go:8:16: a does not escape
./prog_sort_algos.go:30:15: quick ignoring self-assignment in a[i], a[j] = a[j], a[i]
./prog_sort_algos.go:30:15: quick ignoring self-assignment in a[i], a[j] = a[j], a[i]
./prog_sort_algos.go:16:12: a does not escape
./prog_sort_algos.go:39:12: leaking param: a to result ~r0 level=0
./prog_sort_algos.go:44:13: make([]int, 0, len(a)) escapes to heap
./prog_sort_algos.go:64:19: sortBy ignoring self-assignment in ps[j], ps[j - 1] = ps[j - 1], ps[j]
./prog_sort_algos.go:64:19: sortBy ignoring self-assignment in ps[j], ps[j - 1] = ps[j - 1], ps[j]
./prog_sort_algos.go:61:13: leaking param: ps
./prog_sort_algos.go:61:26: less does not escape
./prog_sort_algos.go:69:12: a does not escape
./prog_sort_algos.go:69:15: b does not escape
./prog_sort_algos.go:97:18: x does not escape
./prog_sort_algos.go:97:21: y does not escape
./prog_sort_algos.go:99:18: x does not escape
./prog_sort_algos.go:99:21: y does not escape
./prog_sort_algos.go:83:14: make([]int, 200) escapes to heap
./prog_sort_algos.go:93:13: ... argument does not escape
./prog_sort_algos.go:93:19: equal(a, b) escapes to heap
./prog_sort_algos.go:93:32: equal(b, c) escapes to heap
./prog_sort_algos.go:93:41: a[:10] escapes to heap
./prog_sort_algos.go:93:49: a[190:] escapes to heap
./prog_sort_algos.go:94:13: ... argument does not escape
./prog_sort_algos.go:94:18: data[:5] escapes to heap
./prog_sort_algos.go:96:16: []Person{...} escapes to heap
./prog_sort_algos.go:97:13: func literal does not escape
./prog_sort_algos.go:98:13: ... argument does not escape
./prog_sort_algos.go:98:13: ps escapes to heap
./prog_sort_algos.go:99:13: func literal does not escape
./prog_sort_algos.go:100:13: ... argument does not escape
./prog_sort_algos.go:100:13: ps escapes to heap
