./sched_runnext_pingpong.go:15:5: func literal escapes to heap:
./sched_runnext_pingpong.go:15:5:   flow: {heap} = &{storage for func literal}:
./sched_runnext_pingpong.go:15:5:     from func literal (spill) at ./sched_runnext_pingpong.go:15:5
./sched_runnext_pingpong.go:22:5: func literal escapes to heap:
./sched_runnext_pingpong.go:22:5:   flow: {heap} = &{storage for func literal}:
./sched_runnext_pingpong.go:22:5:     from func literal (spill) at ./sched_runnext_pingpong.go:22:5
./sched_runnext_pingpong.go:13:2: main capturing by value: ping (addr=false assign=false width=8)
./sched_runnext_pingpong.go:13:8: main capturing by value: pong (addr=false assign=false width=8)
./sched_runnext_pingpong.go:13:8: main capturing by value: pong (addr=false assign=false width=8)
./sched_runnext_pingpong.go:14:2: main capturing by value: done (addr=false assign=false width=8)
./sched_runnext_pingpong.go:34:14: "done" escapes to heap:
./sched_runnext_pingpong.go:34:14:   flow: {storage for ... argument} = &{storage for "done"}:
./sched_runnext_pingpong.go:34:14:     from "done" (spill) at ./sched_runnext_pingpong.go:34:14
./sched_runnext_pingpong.go:34:14:     from ... argument (slice-literal-element) at ./sched_runnext_pingpong.go:34:13
./sched_runnext_pingpong.go:34:14:   flow: {heap} = {storage for ... argument}:
./sched_runnext_pingpong.go:34:14:     from ... argument (spill) at ./sched_runnext_pingpong.go:34:13
./sched_runnext_pingpong.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_pingpong.go:34:13
./sched_runnext_pingpong.go:29:15: i escapes to heap:
./sched_runnext_pingpong.go:29:15:   flow: {storage for ... argument} = &{storage for i}:
./sched_runnext_pingpong.go:29:15:     from i (spill) at ./sched_runnext_pingpong.go:29:15
./sched_runnext_pingpong.go:29:15:     from ... argument (slice-literal-element) at ./sched_runnext_pingpong.go:29:14
./sched_runnext_pingpong.go:29:15:   flow: {heap} = {storage for ... argument}:
./sched_runnext_pingpong.go:29:15:     from ... argument (spill) at ./sched_runnext_pingpong.go:29:14
./sched_runnext_pingpong.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_pingpong.go:29:14
./sched_runnext_pingpong.go:29:15: "ping sends" escapes to heap:
./sched_runnext_pingpong.go:29:15:   flow: {storage for ... argument} = &{storage for "ping sends"}:
./sched_runnext_pingpong.go:29:15:     from "ping sends" (spill) at ./sched_runnext_pingpong.go:29:15
./sched_runnext_pingpong.go:29:15:     from ... argument (slice-literal-element) at ./sched_runnext_pingpong.go:29:14
./sched_runnext_pingpong.go:29:15:   flow: {heap} = {storage for ... argument}:
./sched_runnext_pingpong.go:29:15:     from ... argument (spill) at ./sched_runnext_pingpong.go:29:14
./sched_runnext_pingpong.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_pingpong.go:29:14
./sched_runnext_pingpong.go:24:16: v escapes to heap:
./sched_runnext_pingpong.go:24:16:   flow: {storage for ... argument} = &{storage for v}:
./sched_runnext_pingpong.go:24:16:     from v (spill) at ./sched_runnext_pingpong.go:24:16
./sched_runnext_pingpong.go:24:16:     from ... argument (slice-literal-element) at ./sched_runnext_pingpong.go:24:15
./sched_runnext_pingpong.go:24:16:   flow: {heap} = {storage for ... argument}:
./sched_runnext_pingpong.go:24:16:     from ... argument (spill) at ./sched_runnext_pingpong.go:24:15
./sched_runnext_pingpong.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_pingpong.go:24:15
./sched_runnext_pingpong.go:24:16: "main side got" escapes to heap:
./sched_runnext_pingpong.go:24:16:   flow: {storage for ... argument} = &{storage for "main side got"}:
./sched_runnext_pingpong.go:24:16:     from "main side got" (spill) at ./sched_runnext_pingpong.go:24:16
./sched_runnext_pingpong.go:24:16:     from ... argument (slice-literal-element) at ./sched_runnext_pingpong.go:24:15
./sched_runnext_pingpong.go:24:16:   flow: {heap} = {storage for ... argument}:
./sched_runnext_pingpong.go:24:16:     from ... argument (spill) at ./sched_runnext_pingpong.go:24:15
./sched_runnext_pingpong.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_pingpong.go:24:15
./sched_runnext_pingpong.go:17:16: v escapes to heap:
./sched_runnext_pingpong.go:17:16:   flow: {storage for ... argument} = &{storage for v}:
./sched_runnext_pingpong.go:17:16:     from v (spill) at ./sched_runnext_pingpong.go:17:16
./sched_runnext_pingpong.go:17:16:     from ... argument (slice-literal-element) at ./sched_runnext_pingpong.go:17:15
./sched_runnext_pingpong.go:17:16:   flow: {heap} = {storage for ... argument}:
./sched_runnext_pingpong.go:17:16:     from ... argument (spill) at ./sched_runnext_pingpong.go:17:15
./sched_runnext_pingpong.go:17:16:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_pingpong.go:17:15
./sched_runnext_pingpong.go:17:16: "pong got" escapes to heap:
./sched_runnext_pingpong.go:17:16:   flow: {storage for ... argument} = &{storage for "pong got"}:
./sched_runnext_pingpong.go:17:16:     from "pong got" (spill) at ./sched_runnext_pingpong.go:17:16
./sched_runnext_pingpong.go:17:16:     from ... argument (slice-literal-element) at ./sched_runnext_pingpong.go:17:15
./sched_runnext_pingpong.go:17:16:   flow: {heap} = {storage for ... argument}:
./sched_runnext_pingpong.go:17:16:     from ... argument (spill) at ./sched_runnext_pingpong.go:17:15
./sched_runnext_pingpong.go:17:16:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_pingpong.go:17:15
./sched_runnext_pingpong.go:15:5: func literal escapes to heap
./sched_runnext_pingpong.go:17:15: ... argument does not escape
./sched_runnext_pingpong.go:17:16: "pong got" escapes to heap
./sched_runnext_pingpong.go:17:16: v escapes to heap
./sched_runnext_pingpong.go:22:5: func literal escapes to heap
./sched_runnext_pingpong.go:24:15: ... argument does not escape
./sched_runnext_pingpong.go:24:16: "main side got" escapes to heap
./sched_runnext_pingpong.go:24:16: v escapes to heap
./sched_runnext_pingpong.go:29:14: ... argument does not escape
./sched_runnext_pingpong.go:29:15: "ping sends" escapes to heap
./sched_runnext_pingpong.go:29:15: i escapes to heap
./sched_runnext_pingpong.go:34:13: ... argument does not escape
./sched_runnext_pingpong.go:34:14: "done" escapes to heap
