./recover_basic.go:5:22: safe capturing by ref: r (addr=false assign=true width=16)
./recover_basic.go:5:11: f does not escape
./recover_basic.go:6:8: func literal does not escape
./recover_basic.go:13:33: "boom" escapes to heap:
./recover_basic.go:13:33:   flow: {heap} = &{storage for "boom"}:
./recover_basic.go:13:33:     from "boom" (spill) at ./recover_basic.go:13:33
./recover_basic.go:13:33:     from panic("boom") (call parameter) at ./recover_basic.go:13:33
./recover_basic.go:14:33: 42 escapes to heap:
./recover_basic.go:14:33:   flow: {heap} = &{storage for 42}:
./recover_basic.go:14:33:     from 42 (spill) at ./recover_basic.go:14:33
./recover_basic.go:14:33:     from panic(42) (call parameter) at ./recover_basic.go:14:33
./recover_basic.go:16:45: fmt.Sprintf("formatted %d", 7) escapes to heap:
./recover_basic.go:16:45:   flow: {heap} = &{storage for fmt.Sprintf("formatted %d", 7)}:
./recover_basic.go:16:45:     from fmt.Sprintf("formatted %d", 7) (spill) at ./recover_basic.go:16:45
./recover_basic.go:16:45:     from panic(fmt.Sprintf("formatted %d", 7)) (call parameter) at ./recover_basic.go:16:33
./recover_basic.go:17:33: 3.5 escapes to heap:
./recover_basic.go:17:33:   flow: {heap} = &{storage for 3.5}:
./recover_basic.go:17:33:     from 3.5 (spill) at ./recover_basic.go:17:33
./recover_basic.go:17:33:     from panic(3.5) (call parameter) at ./recover_basic.go:17:33
./recover_basic.go:18:14: "after panics" escapes to heap:
./recover_basic.go:18:14:   flow: {storage for ... argument} = &{storage for "after panics"}:
./recover_basic.go:18:14:     from "after panics" (spill) at ./recover_basic.go:18:14
./recover_basic.go:18:14:     from ... argument (slice-literal-element) at ./recover_basic.go:18:13
./recover_basic.go:18:14:   flow: {heap} = {storage for ... argument}:
./recover_basic.go:18:14:     from ... argument (spill) at ./recover_basic.go:18:13
./recover_basic.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./recover_basic.go:18:13
./recover_basic.go:16:62: 7 escapes to heap:
./recover_basic.go:16:62:   flow: {storage for ... argument} = &{storage for 7}:
./recover_basic.go:16:62:     from 7 (spill) at ./recover_basic.go:16:62
./recover_basic.go:16:62:     from ... argument (slice-literal-element) at ./recover_basic.go:16:45
./recover_basic.go:16:62:   flow: {heap} = {storage for ... argument}:
./recover_basic.go:16:62:     from ... argument (spill) at ./recover_basic.go:16:45
./recover_basic.go:16:62:     from fmt.Sprintf("formatted %d", ... argument...) (call parameter) at ./recover_basic.go:16:45
./recover_basic.go:12:14: "not panicking:" escapes to heap:
./recover_basic.go:12:14:   flow: {storage for ... argument} = &{storage for "not panicking:"}:
./recover_basic.go:12:14:     from "not panicking:" (spill) at ./recover_basic.go:12:14
./recover_basic.go:12:14:     from ... argument (slice-literal-element) at ./recover_basic.go:12:13
./recover_basic.go:12:14:   flow: {heap} = {storage for ... argument}:
./recover_basic.go:12:14:     from ... argument (spill) at ./recover_basic.go:12:13
./recover_basic.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./recover_basic.go:12:13
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
