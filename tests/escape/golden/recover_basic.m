./recover_basic.go:5:11: f does not escape
./recover_basic.go:6:8: func literal does not escape
./recover_basic.go:12:13: ... argument does not escape
./recover_basic.go:12:14: "not panicking:" escapes to heap
./recover_basic.go:13:13: ... argument does not escape
./recover_basic.go:13:19: func literal does not escape
./recover_basic.go:13:33: "boom" escapes to heap
./recover_basic.go:14:13: ... argument does not escape
./recover_basic.go:14:19: func literal does not escape
./recover_basic.go:14:33: 42 escapes to heap
./recover_basic.go:15:13: ... argument does not escape
./recover_basic.go:15:19: func literal does not escape
./recover_basic.go:16:13: ... argument does not escape
./recover_basic.go:16:19: func literal does not escape
./recover_basic.go:16:45: fmt.Sprintf("formatted %d", ... argument...) escapes to heap
./recover_basic.go:16:45: ... argument does not escape
./recover_basic.go:16:62: 7 escapes to heap
./recover_basic.go:17:13: ... argument does not escape
./recover_basic.go:17:19: func literal does not escape
./recover_basic.go:17:33: 3.5 escapes to heap
./recover_basic.go:18:13: ... argument does not escape
./recover_basic.go:18:14: "after panics" escapes to heap
