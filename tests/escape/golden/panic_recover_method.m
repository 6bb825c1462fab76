./panic_recover_method.go:14:9: (*Stack).Pop ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
./panic_recover_method.go:7:7: s does not escape
./panic_recover_method.go:8:8: func literal does not escape
./panic_recover_method.go:19:7: &Stack{...} does not escape
./panic_recover_method.go:19:19: []int{...} does not escape
./panic_recover_method.go:21:14: ... argument does not escape
./panic_recover_method.go:21:14: .autotmp_2 escapes to heap
./panic_recover_method.go:21:14: .autotmp_3 escapes to heap
