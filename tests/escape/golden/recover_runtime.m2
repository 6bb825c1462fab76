./recover_runtime.go:7:10: try capturing by value: name (addr=false assign=false width=16)
./recover_runtime.go:9:19: name + ":" escapes to heap:
./recover_runtime.go:9:19:   flow: {storage for ... argument} = &{storage for name + ":"}:
./recover_runtime.go:9:19:     from name + ":" (spill) at ./recover_runtime.go:9:19
./recover_runtime.go:9:19:     from ... argument (slice-literal-element) at ./recover_runtime.go:9:14
./recover_runtime.go:9:19:   flow: {heap} = {storage for ... argument}:
./recover_runtime.go:9:19:     from ... argument (spill) at ./recover_runtime.go:9:14
./recover_runtime.go:9:19:     from fmt.Println(... argument...) (call parameter) at ./recover_runtime.go:9:14
./recover_runtime.go:9:19: name + ":" escapes to heap:
./recover_runtime.go:9:19:   flow: {storage for name + ":"} = &{storage for name + ":"}:
./recover_runtime.go:9:19:     from name + ":" (spill) at ./recover_runtime.go:9:19
./recover_runtime.go:9:19:     from name + ":" (interface-converted) at ./recover_runtime.go:9:19
./recover_runtime.go:7:10: name does not escape
./recover_runtime.go:7:23: f does not escape
./recover_runtime.go:8:8: func literal does not escape
./recover_runtime.go:9:14: ... argument does not escape
./recover_runtime.go:9:19: name + ":" escapes to heap
./recover_runtime.go:9:19: name + ":" escapes to heap
./recover_runtime.go:25:41: fmt.Sprint("custom ", 1) escapes to heap:
./recover_runtime.go:25:41:   flow: {heap} = &{storage for fmt.Sprint("custom ", 1)}:
./recover_runtime.go:25:41:     from fmt.Sprint("custom ", 1) (spill) at ./recover_runtime.go:25:41
./recover_runtime.go:25:41:     from panic(fmt.Sprint("custom ", 1)) (call parameter) at ./recover_runtime.go:25:30
./recover_runtime.go:15:6: main capturing by value: s (addr=false assign=false width=24)
./recover_runtime.go:15:6: main capturing by value: s (addr=false assign=false width=24)
./recover_runtime.go:16:6: main capturing by value: m (addr=false assign=false width=8)
./recover_runtime.go:18:2: main capturing by value: zero (addr=false assign=false width=8)
./recover_runtime.go:17:6: main capturing by value: p (addr=false assign=false width=8)
./recover_runtime.go:26:14: "all recovered" escapes to heap:
./recover_runtime.go:26:14:   flow: {storage for ... argument} = &{storage for "all recovered"}:
./recover_runtime.go:26:14:     from "all recovered" (spill) at ./recover_runtime.go:26:14
./recover_runtime.go:26:14:     from ... argument (slice-literal-element) at ./recover_runtime.go:26:13
./recover_runtime.go:26:14:   flow: {heap} = {storage for ... argument}:
./recover_runtime.go:26:14:     from ... argument (spill) at ./recover_runtime.go:26:13
./recover_runtime.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./recover_runtime.go:26:13
./recover_runtime.go:25:53: 1 escapes to heap:
./recover_runtime.go:25:53:   flow: {storage for ... argument} = &{storage for 1}:
./recover_runtime.go:25:53:     from 1 (spill) at ./recover_runtime.go:25:53
./recover_runtime.go:25:53:     from ... argument (slice-literal-element) at ./recover_runtime.go:25:41
./recover_runtime.go:25:53:   flow: {heap} = {storage for ... argument}:
./recover_runtime.go:25:53:     from ... argument (spill) at ./recover_runtime.go:25:41
./recover_runtime.go:25:53:     from fmt.Sprint(... argument...) (call parameter) at ./recover_runtime.go:25:41
./recover_runtime.go:25:42: "custom " escapes to heap:
./recover_runtime.go:25:42:   flow: {storage for ... argument} = &{storage for "custom "}:
./recover_runtime.go:25:42:     from "custom " (spill) at ./recover_runtime.go:25:42
./recover_runtime.go:25:42:     from ... argument (slice-literal-element) at ./recover_runtime.go:25:41
./recover_runtime.go:25:42:   flow: {heap} = {storage for ... argument}:
./recover_runtime.go:25:42:     from ... argument (spill) at ./recover_runtime.go:25:41
./recover_runtime.go:25:42:     from fmt.Sprint(... argument...) (call parameter) at ./recover_runtime.go:25:41
./recover_runtime.go:23:43: p.v escapes to heap:
./recover_runtime.go:23:43:   flow: {storage for ... argument} = &{storage for p.v}:
./recover_runtime.go:23:43:     from p.v (spill) at ./recover_runtime.go:23:43
./recover_runtime.go:23:43:     from ... argument (slice-literal-element) at ./recover_runtime.go:23:41
./recover_runtime.go:23:43:   flow: {heap} = {storage for ... argument}:
./recover_runtime.go:23:43:     from ... argument (spill) at ./recover_runtime.go:23:41
./recover_runtime.go:23:43:     from fmt.Println(... argument...) (call parameter) at ./recover_runtime.go:23:41
./recover_runtime.go:22:40: 10 / zero escapes to heap:
./recover_runtime.go:22:40:   flow: {storage for ... argument} = &{storage for 10 / zero}:
./recover_runtime.go:22:40:     from 10 / zero (spill) at ./recover_runtime.go:22:40
./recover_runtime.go:22:40:     from ... argument (slice-literal-element) at ./recover_runtime.go:22:36
./recover_runtime.go:22:40:   flow: {heap} = {storage for ... argument}:
./recover_runtime.go:22:40:     from ... argument (spill) at ./recover_runtime.go:22:36
./recover_runtime.go:22:40:     from fmt.Println(... argument...) (call parameter) at ./recover_runtime.go:22:36
./recover_runtime.go:19:15: func literal does not escape
./recover_runtime.go:20:15: func literal does not escape
./recover_runtime.go:21:17: func literal does not escape
./recover_runtime.go:22:16: func literal does not escape
./recover_runtime.go:22:36: ... argument does not escape
./recover_runtime.go:22:40: 10 / zero escapes to heap
./recover_runtime.go:23:21: func literal does not escape
./recover_runtime.go:23:41: ... argument does not escape
./recover_runtime.go:23:43: p.v escapes to heap
./recover_runtime.go:24:24: func literal does not escape
./recover_runtime.go:25:16: func literal does not escape
./recover_runtime.go:25:41: fmt.Sprint(... argument...) escapes to heap
./recover_runtime.go:25:41: ... argument does not escape
./recover_runtime.go:25:42: "custom " escapes to heap
./recover_runtime.go:25:53: 1 escapes to heap
./recover_runtime.go:26:13: ... argument does not escape
./recover_runtime.go:26:14: "all recovered" escapes to heap
