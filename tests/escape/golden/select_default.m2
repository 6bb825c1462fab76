./select_default.go:25:15: "empty" escapes to heap:
./select_default.go:25:15:   flow: {storage for ... argument} = &{storage for "empty"}:
./select_default.go:25:15:     from "empty" (spill) at ./select_default.go:25:15
./select_default.go:25:15:     from ... argument (slice-literal-element) at ./select_default.go:25:14
./select_default.go:25:15:   flow: {heap} = {storage for ... argument}:
./select_default.go:25:15:     from ... argument (spill) at ./select_default.go:25:14
./select_default.go:25:15:     from fmt.Println(... argument...) (call parameter) at ./select_default.go:25:14
./select_default.go:23:15: v escapes to heap:
./select_default.go:23:15:   flow: {storage for ... argument} = &{storage for v}:
./select_default.go:23:15:     from v (spill) at ./select_default.go:23:15
./select_default.go:23:15:     from ... argument (slice-literal-element) at ./select_default.go:23:14
./select_default.go:23:15:   flow: {heap} = {storage for ... argument}:
./select_default.go:23:15:     from ... argument (spill) at ./select_default.go:23:14
./select_default.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./select_default.go:23:14
./select_default.go:23:15: "received" escapes to heap:
./select_default.go:23:15:   flow: {storage for ... argument} = &{storage for "received"}:
./select_default.go:23:15:     from "received" (spill) at ./select_default.go:23:15
./select_default.go:23:15:     from ... argument (slice-literal-element) at ./select_default.go:23:14
./select_default.go:23:15:   flow: {heap} = {storage for ... argument}:
./select_default.go:23:15:     from ... argument (spill) at ./select_default.go:23:14
./select_default.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./select_default.go:23:14
./select_default.go:19:15: "empty" escapes to heap:
./select_default.go:19:15:   flow: {storage for ... argument} = &{storage for "empty"}:
./select_default.go:19:15:     from "empty" (spill) at ./select_default.go:19:15
./select_default.go:19:15:     from ... argument (slice-literal-element) at ./select_default.go:19:14
./select_default.go:19:15:   flow: {heap} = {storage for ... argument}:
./select_default.go:19:15:     from ... argument (spill) at ./select_default.go:19:14
./select_default.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./select_default.go:19:14
./select_default.go:17:15: v escapes to heap:
./select_default.go:17:15:   flow: {storage for ... argument} = &{storage for v}:
./select_default.go:17:15:     from v (spill) at ./select_default.go:17:15
./select_default.go:17:15:     from ... argument (slice-literal-element) at ./select_default.go:17:14
./select_default.go:17:15:   flow: {heap} = {storage for ... argument}:
./select_default.go:17:15:     from ... argument (spill) at ./select_default.go:17:14
./select_default.go:17:15:     from fmt.Println(... argument...) (call parameter) at ./select_default.go:17:14
./select_default.go:17:15: "received" escapes to heap:
./select_default.go:17:15:   flow: {storage for ... argument} = &{storage for "received"}:
./select_default.go:17:15:     from "received" (spill) at ./select_default.go:17:15
./select_default.go:17:15:     from ... argument (slice-literal-element) at ./select_default.go:17:14
./select_default.go:17:15:   flow: {heap} = {storage for ... argument}:
./select_default.go:17:15:     from ... argument (spill) at ./select_default.go:17:14
./select_default.go:17:15:     from fmt.Println(... argument...) (call parameter) at ./select_default.go:17:14
./select_default.go:12:16: i escapes to heap:
./select_default.go:12:16:   flow: {storage for ... argument} = &{storage for i}:
./select_default.go:12:16:     from i (spill) at ./select_default.go:12:16
./select_default.go:12:16:     from ... argument (slice-literal-element) at ./select_default.go:12:15
./select_default.go:12:16:   flow: {heap} = {storage for ... argument}:
./select_default.go:12:16:     from ... argument (spill) at ./select_default.go:12:15
./select_default.go:12:16:     from fmt.Println(... argument...) (call parameter) at ./select_default.go:12:15
./select_default.go:12:16: "full at" escapes to heap:
./select_default.go:12:16:   flow: {storage for ... argument} = &{storage for "full at"}:
./select_default.go:12:16:     from "full at" (spill) at ./select_default.go:12:16
./select_default.go:12:16:     from ... argument (slice-literal-element) at ./select_default.go:12:15
./select_default.go:12:16:   flow: {heap} = {storage for ... argument}:
./select_default.go:12:16:     from ... argument (spill) at ./select_default.go:12:15
./select_default.go:12:16:     from fmt.Println(... argument...) (call parameter) at ./select_default.go:12:15
./select_default.go:10:16: i escapes to heap:
./select_default.go:10:16:   flow: {storage for ... argument} = &{storage for i}:
./select_default.go:10:16:     from i (spill) at ./select_default.go:10:16
./select_default.go:10:16:     from ... argument (slice-literal-element) at ./select_default.go:10:15
./select_default.go:10:16:   flow: {heap} = {storage for ... argument}:
./select_default.go:10:16:     from ... argument (spill) at ./select_default.go:10:15
./select_default.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./select_default.go:10:15
./select_default.go:10:16: "sent" escapes to heap:
./select_default.go:10:16:   flow: {storage for ... argument} = &{storage for "sent"}:
./select_default.go:10:16:     from "sent" (spill) at ./select_default.go:10:16
./select_default.go:10:16:     from ... argument (slice-literal-element) at ./select_default.go:10:15
./select_default.go:10:16:   flow: {heap} = {storage for ... argument}:
./select_default.go:10:16:     from ... argument (spill) at ./select_default.go:10:15
./select_default.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./select_default.go:10:15
./select_default.go:10:15: ... argument does not escape
./select_default.go:10:16: "sent" escapes to heap
./select_default.go:10:16: i escapes to heap
./select_default.go:12:15: ... argument does not escape
./select_default.go:12:16: "full at" escapes to heap
./select_default.go:12:16: i escapes to heap
./select_default.go:17:14: ... argument does not escape
./select_default.go:17:15: "received" escapes to heap
./select_default.go:17:15: v escapes to heap
./select_default.go:19:14: ... argument does not escape
./select_default.go:19:15: "empty" escapes to heap
./select_default.go:23:14: ... argument does not escape
./select_default.go:23:15: "received" escapes to heap
./select_default.go:23:15: v escapes to heap
./select_default.go:25:14: ... argument does not escape
./select_default.go:25:15: "empty" escapes to heap
