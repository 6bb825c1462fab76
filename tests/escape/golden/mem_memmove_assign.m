./mem_memmove_assign.go:26:8: main ignoring self-assignment in os[2] = os[0]
./mem_memmove_assign.go:30:13: main ignoring self-assignment in s[0], s[1] = s[1], s[0]
./mem_memmove_assign.go:30:13: main ignoring self-assignment in s[0], s[1] = s[1], s[0]
./mem_memmove_assign.go:19:7: &In{...} does not escape
./mem_memmove_assign.go:20:10: new(In) does not escape
./mem_memmove_assign.go:23:13: ... argument does not escape
./mem_memmove_assign.go:23:14: *p escapes to heap
./mem_memmove_assign.go:23:18: *q escapes to heap
./mem_memmove_assign.go:24:13: []Out{...} escapes to heap
./mem_memmove_assign.go:28:13: ... argument does not escape
./mem_memmove_assign.go:28:13: os escapes to heap
./mem_memmove_assign.go:29:11: []In{...} does not escape
./mem_memmove_assign.go:31:13: ... argument does not escape
./mem_memmove_assign.go:31:18: s[0].B escapes to heap
./mem_memmove_assign.go:31:26: s[1].B escapes to heap
./mem_memmove_assign.go:32:9: &[4]int{...} does not escape
./mem_memmove_assign.go:33:12: new([4]int) does not escape
./mem_memmove_assign.go:36:13: ... argument does not escape
./mem_memmove_assign.go:36:14: *arr escapes to heap
./mem_memmove_assign.go:36:20: *brr escapes to heap
./mem_memmove_assign.go:39:13: ... argument does not escape
./mem_memmove_assign.go:39:14: "unreachable" escapes to heap
