./recover_indirect.go:11:7: "indirect" escapes to heap:
./recover_indirect.go:11:7:   flow: {heap} = &{storage for "indirect"}:
./recover_indirect.go:11:7:     from "indirect" (spill) at ./recover_indirect.go:11:7
./recover_indirect.go:11:7:     from panic("indirect") (call parameter) at ./recover_indirect.go:11:7
./recover_indirect.go:9:15: "helper got:" escapes to heap:
./recover_indirect.go:9:15:   flow: {storage for ... argument} = &{storage for "helper got:"}:
./recover_indirect.go:9:15:     from "helper got:" (spill) at ./recover_indirect.go:9:15
./recover_indirect.go:9:15:     from ... argument (slice-literal-element) at ./recover_indirect.go:9:14
./recover_indirect.go:9:15:   flow: {heap} = {storage for ... argument}:
./recover_indirect.go:9:15:     from ... argument (spill) at ./recover_indirect.go:9:14
./recover_indirect.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./recover_indirect.go:9:14
./recover_indirect.go:8:8: func literal does not escape
./recover_indirect.go:9:14: ... argument does not escape
./recover_indirect.go:9:15: "helper got:" escapes to heap
./recover_indirect.go:11:7: "indirect" escapes to heap
./recover_indirect.go:19:14: "not reached" escapes to heap:
./recover_indirect.go:19:14:   flow: {storage for ... argument} = &{storage for "not reached"}:
./recover_indirect.go:19:14:     from "not reached" (spill) at ./recover_indirect.go:19:14
./recover_indirect.go:19:14:     from ... argument (slice-literal-element) at ./recover_indirect.go:19:13
./recover_indirect.go:19:14:   flow: {heap} = {storage for ... argument}:
./recover_indirect.go:19:14:     from ... argument (spill) at ./recover_indirect.go:19:13
./recover_indirect.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./recover_indirect.go:19:13
./recover_indirect.go:16:15: "outer got:" escapes to heap:
./recover_indirect.go:16:15:   flow: {storage for ... argument} = &{storage for "outer got:"}:
./recover_indirect.go:16:15:     from "outer got:" (spill) at ./recover_indirect.go:16:15
./recover_indirect.go:16:15:     from ... argument (slice-literal-element) at ./recover_indirect.go:16:14
./recover_indirect.go:16:15:   flow: {heap} = {storage for ... argument}:
./recover_indirect.go:16:15:     from ... argument (spill) at ./recover_indirect.go:16:14
./recover_indirect.go:16:15:     from fmt.Println(... argument...) (call parameter) at ./recover_indirect.go:16:14
./recover_indirect.go:15:8: func literal does not escape
./recover_indirect.go:16:14: ... argument does not escape
./recover_indirect.go:16:15: "outer got:" escapes to heap
./recover_indirect.go:19:13: ... argument does not escape
./recover_indirect.go:19:14: "not reached" escapes to heap
./recover_indirect.go:29:7: "nested" escapes to heap:
./recover_indirect.go:29:7:   flow: {heap} = &{storage for "nested"}:
./recover_indirect.go:29:7:     from "nested" (spill) at ./recover_indirect.go:29:7
./recover_indirect.go:29:7:     from panic("nested") (call parameter) at ./recover_indirect.go:29:7
./recover_indirect.go:27:15: "direct:" escapes to heap:
./recover_indirect.go:27:15:   flow: {storage for ... argument} = &{storage for "direct:"}:
./recover_indirect.go:27:15:     from "direct:" (spill) at ./recover_indirect.go:27:15
./recover_indirect.go:27:15:     from ... argument (slice-literal-element) at ./recover_indirect.go:27:14
./recover_indirect.go:27:15:   flow: {heap} = {storage for ... argument}:
./recover_indirect.go:27:15:     from ... argument (spill) at ./recover_indirect.go:27:14
./recover_indirect.go:27:15:     from fmt.Println(... argument...) (call parameter) at ./recover_indirect.go:27:14
./recover_indirect.go:25:31: "deferred in a deferred call:" escapes to heap:
./recover_indirect.go:25:31:   flow: {storage for ... argument} = &{storage for "deferred in a deferred call:"}:
./recover_indirect.go:25:31:     from "deferred in a deferred call:" (spill) at ./recover_indirect.go:25:31
./recover_indirect.go:25:31:     from ... argument (slice-literal-element) at ./recover_indirect.go:25:30
./recover_indirect.go:25:31:   flow: {heap} = {storage for ... argument}:
./recover_indirect.go:25:31:     from ... argument (spill) at ./recover_indirect.go:25:30
./recover_indirect.go:25:31:     from fmt.Println(... argument...) (call parameter) at ./recover_indirect.go:25:30
./recover_indirect.go:23:8: func literal does not escape
./recover_indirect.go:24:3: func literal does not escape
./recover_indirect.go:25:10: func literal does not escape
./recover_indirect.go:25:30: ... argument does not escape
./recover_indirect.go:25:31: "deferred in a deferred call:" escapes to heap
./recover_indirect.go:27:14: ... argument does not escape
./recover_indirect.go:27:15: "direct:" escapes to heap
./recover_indirect.go:29:7: "nested" escapes to heap
./recover_indirect.go:35:14: "done" escapes to heap:
./recover_indirect.go:35:14:   flow: {storage for ... argument} = &{storage for "done"}:
./recover_indirect.go:35:14:     from "done" (spill) at ./recover_indirect.go:35:14
./recover_indirect.go:35:14:     from ... argument (slice-literal-element) at ./recover_indirect.go:35:13
./recover_indirect.go:35:14:   flow: {heap} = {storage for ... argument}:
./recover_indirect.go:35:14:     from ... argument (spill) at ./recover_indirect.go:35:13
./recover_indirect.go:35:14:     from fmt.Println(... argument...) (call parameter) at ./recover_indirect.go:35:13
./recover_indirect.go:35:13: ... argument does not escape
./recover_indirect.go:35:14: "done" escapes to heap
