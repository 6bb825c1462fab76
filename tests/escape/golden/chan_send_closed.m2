./chan_send_closed.go:8:14: "closing done" escapes to heap:
./chan_send_closed.go:8:14:   flow: {storage for ... argument} = &{storage for "closing done"}:
./chan_send_closed.go:8:14:     from "closing done" (spill) at ./chan_send_closed.go:8:14
./chan_send_closed.go:8:14:     from ... argument (slice-literal-element) at ./chan_send_closed.go:8:13
./chan_send_closed.go:8:14:   flow: {heap} = {storage for ... argument}:
./chan_send_closed.go:8:14:     from ... argument (spill) at ./chan_send_closed.go:8:13
./chan_send_closed.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./chan_send_closed.go:8:13
./chan_send_closed.go:8:13: ... argument does not escape
./chan_send_closed.go:8:14: "closing done" escapes to heap
