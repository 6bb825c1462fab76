./select_send_closed.go:8:14: "select" escapes to heap:
./select_send_closed.go:8:14:   flow: {storage for ... argument} = &{storage for "select"}:
./select_send_closed.go:8:14:     from "select" (spill) at ./select_send_closed.go:8:14
./select_send_closed.go:8:14:     from ... argument (slice-literal-element) at ./select_send_closed.go:8:13
./select_send_closed.go:8:14:   flow: {heap} = {storage for ... argument}:
./select_send_closed.go:8:14:     from ... argument (spill) at ./select_send_closed.go:8:13
./select_send_closed.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./select_send_closed.go:8:13
./select_send_closed.go:8:13: ... argument does not escape
./select_send_closed.go:8:14: "select" escapes to heap
