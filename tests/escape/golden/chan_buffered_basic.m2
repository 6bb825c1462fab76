./chan_buffered_basic.go:24:24: len(c) escapes to heap:
./chan_buffered_basic.go:24:24:   flow: {storage for ... argument} = &{storage for len(c)}:
./chan_buffered_basic.go:24:24:     from len(c) (spill) at ./chan_buffered_basic.go:24:24
./chan_buffered_basic.go:24:24:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:24:24:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:24:24:     from ... argument (spill) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:24:24:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:24:13: ok escapes to heap:
./chan_buffered_basic.go:24:13:   flow: {storage for ... argument} = &{storage for ok}:
./chan_buffered_basic.go:24:13:     from ok (spill) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:24:13:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:24:13:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:24:13:     from ... argument (spill) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:24:13: v escapes to heap:
./chan_buffered_basic.go:24:13:   flow: {storage for ... argument} = &{storage for v}:
./chan_buffered_basic.go:24:13:     from v (spill) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:24:13:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:24:13:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:24:13:     from ... argument (spill) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:24:13
./chan_buffered_basic.go:21:15: v escapes to heap:
./chan_buffered_basic.go:21:15:   flow: {storage for ... argument} = &{storage for v}:
./chan_buffered_basic.go:21:15:     from v (spill) at ./chan_buffered_basic.go:21:15
./chan_buffered_basic.go:21:15:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:21:14
./chan_buffered_basic.go:21:15:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:21:15:     from ... argument (spill) at ./chan_buffered_basic.go:21:14
./chan_buffered_basic.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:21:14
./chan_buffered_basic.go:21:15: "range" escapes to heap:
./chan_buffered_basic.go:21:15:   flow: {storage for ... argument} = &{storage for "range"}:
./chan_buffered_basic.go:21:15:     from "range" (spill) at ./chan_buffered_basic.go:21:15
./chan_buffered_basic.go:21:15:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:21:14
./chan_buffered_basic.go:21:15:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:21:15:     from ... argument (spill) at ./chan_buffered_basic.go:21:14
./chan_buffered_basic.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:21:14
./chan_buffered_basic.go:18:17: len(c) escapes to heap:
./chan_buffered_basic.go:18:17:   flow: {storage for ... argument} = &{storage for len(c)}:
./chan_buffered_basic.go:18:17:     from len(c) (spill) at ./chan_buffered_basic.go:18:17
./chan_buffered_basic.go:18:17:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:18:13
./chan_buffered_basic.go:18:17:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:18:17:     from ... argument (spill) at ./chan_buffered_basic.go:18:13
./chan_buffered_basic.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:18:13
./chan_buffered_basic.go:13:15: <-c escapes to heap:
./chan_buffered_basic.go:13:15:   flow: {storage for ... argument} = &{storage for <-c}:
./chan_buffered_basic.go:13:15:     from <-c (spill) at ./chan_buffered_basic.go:13:15
./chan_buffered_basic.go:13:15:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:13:14
./chan_buffered_basic.go:13:15:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:13:15:     from ... argument (spill) at ./chan_buffered_basic.go:13:14
./chan_buffered_basic.go:13:15:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:13:14
./chan_buffered_basic.go:11:25: cap(c) escapes to heap:
./chan_buffered_basic.go:11:25:   flow: {storage for ... argument} = &{storage for cap(c)}:
./chan_buffered_basic.go:11:25:     from cap(c) (spill) at ./chan_buffered_basic.go:11:25
./chan_buffered_basic.go:11:25:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:11:13
./chan_buffered_basic.go:11:25:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:11:25:     from ... argument (spill) at ./chan_buffered_basic.go:11:13
./chan_buffered_basic.go:11:25:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:11:13
./chan_buffered_basic.go:11:17: len(c) escapes to heap:
./chan_buffered_basic.go:11:17:   flow: {storage for ... argument} = &{storage for len(c)}:
./chan_buffered_basic.go:11:17:     from len(c) (spill) at ./chan_buffered_basic.go:11:17
./chan_buffered_basic.go:11:17:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:11:13
./chan_buffered_basic.go:11:17:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:11:17:     from ... argument (spill) at ./chan_buffered_basic.go:11:13
./chan_buffered_basic.go:11:17:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:11:13
./chan_buffered_basic.go:7:25: cap(c) escapes to heap:
./chan_buffered_basic.go:7:25:   flow: {storage for ... argument} = &{storage for cap(c)}:
./chan_buffered_basic.go:7:25:     from cap(c) (spill) at ./chan_buffered_basic.go:7:25
./chan_buffered_basic.go:7:25:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:7:13
./chan_buffered_basic.go:7:25:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:7:25:     from ... argument (spill) at ./chan_buffered_basic.go:7:13
./chan_buffered_basic.go:7:25:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:7:13
./chan_buffered_basic.go:7:17: len(c) escapes to heap:
./chan_buffered_basic.go:7:17:   flow: {storage for ... argument} = &{storage for len(c)}:
./chan_buffered_basic.go:7:17:     from len(c) (spill) at ./chan_buffered_basic.go:7:17
./chan_buffered_basic.go:7:17:     from ... argument (slice-literal-element) at ./chan_buffered_basic.go:7:13
./chan_buffered_basic.go:7:17:   flow: {heap} = {storage for ... argument}:
./chan_buffered_basic.go:7:17:     from ... argument (spill) at ./chan_buffered_basic.go:7:13
./chan_buffered_basic.go:7:17:     from fmt.Println(... argument...) (call parameter) at ./chan_buffered_basic.go:7:13
./chan_buffered_basic.go:7:13: ... argument does not escape
./chan_buffered_basic.go:7:17: len(c) escapes to heap
./chan_buffered_basic.go:7:25: cap(c) escapes to heap
./chan_buffered_basic.go:11:13: ... argument does not escape
./chan_buffered_basic.go:11:17: len(c) escapes to heap
./chan_buffered_basic.go:11:25: cap(c) escapes to heap
./chan_buffered_basic.go:13:14: ... argument does not escape
./chan_buffered_basic.go:13:15: <-c escapes to heap
./chan_buffered_basic.go:18:13: ... argument does not escape
./chan_buffered_basic.go:18:17: len(c) escapes to heap
./chan_buffered_basic.go:21:14: ... argument does not escape
./chan_buffered_basic.go:21:15: "range" escapes to heap
./chan_buffered_basic.go:21:15: v escapes to heap
./chan_buffered_basic.go:24:13: ... argument does not escape
./chan_buffered_basic.go:24:13: v escapes to heap
./chan_buffered_basic.go:24:13: ok escapes to heap
./chan_buffered_basic.go:24:24: len(c) escapes to heap
