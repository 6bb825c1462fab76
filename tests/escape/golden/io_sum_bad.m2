./io_sum_bad.go:21:13: s escapes to heap:
./io_sum_bad.go:21:13:   flow: {storage for ... argument} = &{storage for s}:
./io_sum_bad.go:21:13:     from s (spill) at ./io_sum_bad.go:21:13
./io_sum_bad.go:21:13:     from ... argument (slice-literal-element) at ./io_sum_bad.go:21:13
./io_sum_bad.go:21:13:   flow: {heap} = {storage for ... argument}:
./io_sum_bad.go:21:13:     from ... argument (spill) at ./io_sum_bad.go:21:13
./io_sum_bad.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./io_sum_bad.go:21:13
./io_sum_bad.go:21:13: n escapes to heap:
./io_sum_bad.go:21:13:   flow: {storage for ... argument} = &{storage for n}:
./io_sum_bad.go:21:13:     from n (spill) at ./io_sum_bad.go:21:13
./io_sum_bad.go:21:13:     from ... argument (slice-literal-element) at ./io_sum_bad.go:21:13
./io_sum_bad.go:21:13:   flow: {heap} = {storage for ... argument}:
./io_sum_bad.go:21:13:     from ... argument (spill) at ./io_sum_bad.go:21:13
./io_sum_bad.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./io_sum_bad.go:21:13
./io_sum_bad.go:19:6: s escapes to heap:
./io_sum_bad.go:19:6:   flow: {storage for ... argument} = &s:
./io_sum_bad.go:19:6:     from &s (address-of) at ./io_sum_bad.go:20:21
./io_sum_bad.go:19:6:     from &s (interface-converted) at ./io_sum_bad.go:20:21
./io_sum_bad.go:19:6:     from ... argument (slice-literal-element) at ./io_sum_bad.go:20:20
./io_sum_bad.go:19:6:   flow: {heap} = {storage for ... argument}:
./io_sum_bad.go:19:6:     from ... argument (spill) at ./io_sum_bad.go:20:20
./io_sum_bad.go:19:6:     from fmt.Scan(... argument...) (call parameter) at ./io_sum_bad.go:20:20
./io_sum_bad.go:18:14: sum escapes to heap:
./io_sum_bad.go:18:14:   flow: {storage for ... argument} = &{storage for sum}:
./io_sum_bad.go:18:14:     from sum (spill) at ./io_sum_bad.go:18:14
./io_sum_bad.go:18:14:     from ... argument (slice-literal-element) at ./io_sum_bad.go:18:13
./io_sum_bad.go:18:14:   flow: {heap} = {storage for ... argument}:
./io_sum_bad.go:18:14:     from ... argument (spill) at ./io_sum_bad.go:18:13
./io_sum_bad.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./io_sum_bad.go:18:13
./io_sum_bad.go:18:14: "sum" escapes to heap:
./io_sum_bad.go:18:14:   flow: {storage for ... argument} = &{storage for "sum"}:
./io_sum_bad.go:18:14:     from "sum" (spill) at ./io_sum_bad.go:18:14
./io_sum_bad.go:18:14:     from ... argument (slice-literal-element) at ./io_sum_bad.go:18:13
./io_sum_bad.go:18:14:   flow: {heap} = {storage for ... argument}:
./io_sum_bad.go:18:14:     from ... argument (spill) at ./io_sum_bad.go:18:13
./io_sum_bad.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./io_sum_bad.go:18:13
./io_sum_bad.go:13:36: n escapes to heap:
./io_sum_bad.go:13:36:   flow: {storage for ... argument} = &{storage for n}:
./io_sum_bad.go:13:36:     from n (spill) at ./io_sum_bad.go:13:36
./io_sum_bad.go:13:36:     from ... argument (slice-literal-element) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:36:   flow: {heap} = {storage for ... argument}:
./io_sum_bad.go:13:36:     from ... argument (spill) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:36:     from fmt.Println(... argument...) (call parameter) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:36: "numbers:" escapes to heap:
./io_sum_bad.go:13:36:   flow: {storage for ... argument} = &{storage for "numbers:"}:
./io_sum_bad.go:13:36:     from "numbers:" (spill) at ./io_sum_bad.go:13:36
./io_sum_bad.go:13:36:     from ... argument (slice-literal-element) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:36:   flow: {heap} = {storage for ... argument}:
./io_sum_bad.go:13:36:     from ... argument (spill) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:36:     from fmt.Println(... argument...) (call parameter) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:16: i escapes to heap:
./io_sum_bad.go:13:16:   flow: {storage for ... argument} = &{storage for i}:
./io_sum_bad.go:13:16:     from i (spill) at ./io_sum_bad.go:13:16
./io_sum_bad.go:13:16:     from ... argument (slice-literal-element) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:16:   flow: {heap} = {storage for ... argument}:
./io_sum_bad.go:13:16:     from ... argument (spill) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:16: "stopped after" escapes to heap:
./io_sum_bad.go:13:16:   flow: {storage for ... argument} = &{storage for "stopped after"}:
./io_sum_bad.go:13:16:     from "stopped after" (spill) at ./io_sum_bad.go:13:16
./io_sum_bad.go:13:16:     from ... argument (slice-literal-element) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:16:   flow: {heap} = {storage for ... argument}:
./io_sum_bad.go:13:16:     from ... argument (spill) at ./io_sum_bad.go:13:15
./io_sum_bad.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./io_sum_bad.go:13:15
./io_sum_bad.go:10:7: x escapes to heap:
./io_sum_bad.go:10:7:   flow: {storage for ... argument} = &x:
./io_sum_bad.go:10:7:     from &x (address-of) at ./io_sum_bad.go:11:22
./io_sum_bad.go:10:7:     from &x (interface-converted) at ./io_sum_bad.go:11:22
./io_sum_bad.go:10:7:     from ... argument (slice-literal-element) at ./io_sum_bad.go:11:21
./io_sum_bad.go:10:7:   flow: {heap} = {storage for ... argument}:
./io_sum_bad.go:10:7:     from ... argument (spill) at ./io_sum_bad.go:11:21
./io_sum_bad.go:10:7:     from fmt.Scan(... argument...) (call parameter) at ./io_sum_bad.go:11:21
./io_sum_bad.go:10:7: moved to heap: x
./io_sum_bad.go:19:6: moved to heap: s
./io_sum_bad.go:11:21: ... argument does not escape
./io_sum_bad.go:13:15: ... argument does not escape
./io_sum_bad.go:13:16: "stopped after" escapes to heap
./io_sum_bad.go:13:16: i escapes to heap
./io_sum_bad.go:13:36: "numbers:" escapes to heap
./io_sum_bad.go:13:36: n escapes to heap
./io_sum_bad.go:18:13: ... argument does not escape
./io_sum_bad.go:18:14: "sum" escapes to heap
./io_sum_bad.go:18:14: sum escapes to heap
./io_sum_bad.go:20:20: ... argument does not escape
./io_sum_bad.go:21:13: ... argument does not escape
./io_sum_bad.go:21:13: n escapes to heap
./io_sum_bad.go:21:13: s escapes to heap
