./chan_nil_len.go:14:15: "nil channels never ready" escapes to heap:
./chan_nil_len.go:14:15:   flow: {storage for ... argument} = &{storage for "nil channels never ready"}:
./chan_nil_len.go:14:15:     from "nil channels never ready" (spill) at ./chan_nil_len.go:14:15
./chan_nil_len.go:14:15:     from ... argument (slice-literal-element) at ./chan_nil_len.go:14:14
./chan_nil_len.go:14:15:   flow: {heap} = {storage for ... argument}:
./chan_nil_len.go:14:15:     from ... argument (spill) at ./chan_nil_len.go:14:14
./chan_nil_len.go:14:15:     from fmt.Println(... argument...) (call parameter) at ./chan_nil_len.go:14:14
./chan_nil_len.go:12:15: "sent" escapes to heap:
./chan_nil_len.go:12:15:   flow: {storage for ... argument} = &{storage for "sent"}:
./chan_nil_len.go:12:15:     from "sent" (spill) at ./chan_nil_len.go:12:15
./chan_nil_len.go:12:15:     from ... argument (slice-literal-element) at ./chan_nil_len.go:12:14
./chan_nil_len.go:12:15:   flow: {heap} = {storage for ... argument}:
./chan_nil_len.go:12:15:     from ... argument (spill) at ./chan_nil_len.go:12:14
./chan_nil_len.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./chan_nil_len.go:12:14
./chan_nil_len.go:10:15: v escapes to heap:
./chan_nil_len.go:10:15:   flow: {storage for ... argument} = &{storage for v}:
./chan_nil_len.go:10:15:     from v (spill) at ./chan_nil_len.go:10:15
./chan_nil_len.go:10:15:     from ... argument (slice-literal-element) at ./chan_nil_len.go:10:14
./chan_nil_len.go:10:15:   flow: {heap} = {storage for ... argument}:
./chan_nil_len.go:10:15:     from ... argument (spill) at ./chan_nil_len.go:10:14
./chan_nil_len.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./chan_nil_len.go:10:14
./chan_nil_len.go:10:15: "got" escapes to heap:
./chan_nil_len.go:10:15:   flow: {storage for ... argument} = &{storage for "got"}:
./chan_nil_len.go:10:15:     from "got" (spill) at ./chan_nil_len.go:10:15
./chan_nil_len.go:10:15:     from ... argument (slice-literal-element) at ./chan_nil_len.go:10:14
./chan_nil_len.go:10:15:   flow: {heap} = {storage for ... argument}:
./chan_nil_len.go:10:15:     from ... argument (spill) at ./chan_nil_len.go:10:14
./chan_nil_len.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./chan_nil_len.go:10:14
./chan_nil_len.go:7:35: cap(c) escapes to heap:
./chan_nil_len.go:7:35:   flow: {storage for ... argument} = &{storage for cap(c)}:
./chan_nil_len.go:7:35:     from cap(c) (spill) at ./chan_nil_len.go:7:35
./chan_nil_len.go:7:35:     from ... argument (slice-literal-element) at ./chan_nil_len.go:7:13
./chan_nil_len.go:7:35:   flow: {heap} = {storage for ... argument}:
./chan_nil_len.go:7:35:     from ... argument (spill) at ./chan_nil_len.go:7:13
./chan_nil_len.go:7:35:     from fmt.Println(... argument...) (call parameter) at ./chan_nil_len.go:7:13
./chan_nil_len.go:7:27: len(c) escapes to heap:
./chan_nil_len.go:7:27:   flow: {storage for ... argument} = &{storage for len(c)}:
./chan_nil_len.go:7:27:     from len(c) (spill) at ./chan_nil_len.go:7:27
./chan_nil_len.go:7:27:     from ... argument (slice-literal-element) at ./chan_nil_len.go:7:13
./chan_nil_len.go:7:27:   flow: {heap} = {storage for ... argument}:
./chan_nil_len.go:7:27:     from ... argument (spill) at ./chan_nil_len.go:7:13
./chan_nil_len.go:7:27:     from fmt.Println(... argument...) (call parameter) at ./chan_nil_len.go:7:13
./chan_nil_len.go:7:16: c == nil escapes to heap:
./chan_nil_len.go:7:16:   flow: {storage for ... argument} = &{storage for c == nil}:
./chan_nil_len.go:7:16:     from c == nil (spill) at ./chan_nil_len.go:7:16
./chan_nil_len.go:7:16:     from ... argument (slice-literal-element) at ./chan_nil_len.go:7:13
./chan_nil_len.go:7:16:   flow: {heap} = {storage for ... argument}:
./chan_nil_len.go:7:16:     from ... argument (spill) at ./chan_nil_len.go:7:13
./chan_nil_len.go:7:16:     from fmt.Println(... argument...) (call parameter) at ./chan_nil_len.go:7:13
./chan_nil_len.go:7:13: ... argument does not escape
./chan_nil_len.go:7:16: c == nil escapes to heap
./chan_nil_len.go:7:27: len(c) escapes to heap
./chan_nil_len.go:7:35: cap(c) escapes to heap
./chan_nil_len.go:10:14: ... argument does not escape
./chan_nil_len.go:10:15: "got" escapes to heap
./chan_nil_len.go:10:15: v escapes to heap
./chan_nil_len.go:12:14: ... argument does not escape
./chan_nil_len.go:12:15: "sent" escapes to heap
./chan_nil_len.go:14:14: ... argument does not escape
./chan_nil_len.go:14:15: "nil channels never ready" escapes to heap
