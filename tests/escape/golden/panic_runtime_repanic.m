./panic_runtime_repanic.go:6:8: func literal does not escape
./panic_runtime_repanic.go:8:14: ... argument does not escape
./panic_runtime_repanic.go:8:15: "got" escapes to heap
./panic_runtime_repanic.go:11:12: []int{...} does not escape
./panic_runtime_repanic.go:13:13: ... argument does not escape
./panic_runtime_repanic.go:13:15: a[i] escapes to heap
