./select_closed_recv.go:16:13: n escapes to heap:
./select_closed_recv.go:16:13:   flow: {storage for ... argument} = &{storage for n}:
./select_closed_recv.go:16:13:     from n (spill) at ./select_closed_recv.go:16:13
./select_closed_recv.go:16:13:     from ... argument (slice-literal-element) at ./select_closed_recv.go:16:13
./select_closed_recv.go:16:13:   flow: {heap} = {storage for ... argument}:
./select_closed_recv.go:16:13:     from ... argument (spill) at ./select_closed_recv.go:16:13
./select_closed_recv.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./select_closed_recv.go:16:13
./select_closed_recv.go:12:15: ok escapes to heap:
./select_closed_recv.go:12:15:   flow: {storage for ... argument} = &{storage for ok}:
./select_closed_recv.go:12:15:     from ok (spill) at ./select_closed_recv.go:12:15
./select_closed_recv.go:12:15:     from ... argument (slice-literal-element) at ./select_closed_recv.go:12:15
./select_closed_recv.go:12:15:   flow: {heap} = {storage for ... argument}:
./select_closed_recv.go:12:15:     from ... argument (spill) at ./select_closed_recv.go:12:15
./select_closed_recv.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./select_closed_recv.go:12:15
./select_closed_recv.go:12:15: v escapes to heap:
./select_closed_recv.go:12:15:   flow: {storage for ... argument} = &{storage for v}:
./select_closed_recv.go:12:15:     from v (spill) at ./select_closed_recv.go:12:15
./select_closed_recv.go:12:15:     from ... argument (slice-literal-element) at ./select_closed_recv.go:12:15
./select_closed_recv.go:12:15:   flow: {heap} = {storage for ... argument}:
./select_closed_recv.go:12:15:     from ... argument (spill) at ./select_closed_recv.go:12:15
./select_closed_recv.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./select_closed_recv.go:12:15
./select_closed_recv.go:12:15: ... argument does not escape
./select_closed_recv.go:12:15: v escapes to heap
./select_closed_recv.go:12:15: ok escapes to heap
./select_closed_recv.go:16:13: ... argument does not escape
./select_closed_recv.go:16:13: n escapes to heap
