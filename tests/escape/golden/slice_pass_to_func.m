./slice_pass_to_func.go:7:11: s does not escape
./slice_pass_to_func.go:13:11: s does not escape
./slice_pass_to_func.go:17:11: leaking param: s to result ~r0 level=0
./slice_pass_to_func.go:23:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slice_pass_to_func.go:23:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slice_pass_to_func.go:21:14: s does not escape
./slice_pass_to_func.go:28:12: []int{...} escapes to heap
./slice_pass_to_func.go:30:13: ... argument does not escape
./slice_pass_to_func.go:30:13: a escapes to heap
./slice_pass_to_func.go:33:13: ... argument does not escape
./slice_pass_to_func.go:33:17: len(a) escapes to heap
./slice_pass_to_func.go:36:13: ... argument does not escape
./slice_pass_to_func.go:36:13: a escapes to heap
./slice_pass_to_func.go:38:15: []string{...} escapes to heap
./slice_pass_to_func.go:40:13: ... argument does not escape
./slice_pass_to_func.go:40:13: w escapes to heap
./slice_pass_to_func.go:42:13: ... argument does not escape
./slice_pass_to_func.go:42:13: w escapes to heap
./slice_pass_to_func.go:44:13: ... argument does not escape
./slice_pass_to_func.go:44:14: "ok" escapes to heap
