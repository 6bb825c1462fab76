./chan_close_closed.go:8:14: "once" escapes to heap:
./chan_close_closed.go:8:14:   flow: {storage for ... argument} = &{storage for "once"}:
./chan_close_closed.go:8:14:     from "once" (spill) at ./chan_close_closed.go:8:14
./chan_close_closed.go:8:14:     from ... argument (slice-literal-element) at ./chan_close_closed.go:8:13
./chan_close_closed.go:8:14:   flow: {heap} = {storage for ... argument}:
./chan_close_closed.go:8:14:     from ... argument (spill) at ./chan_close_closed.go:8:13
./chan_close_closed.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./chan_close_closed.go:8:13
./chan_close_closed.go:8:13: ... argument does not escape
./chan_close_closed.go:8:14: "once" escapes to heap
