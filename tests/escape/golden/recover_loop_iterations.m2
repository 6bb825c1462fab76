./recover_loop_iterations.go:12:9: i * 10 escapes to heap:
./recover_loop_iterations.go:12:9:   flow: {heap} = &{storage for i * 10}:
./recover_loop_iterations.go:12:9:     from i * 10 (spill) at ./recover_loop_iterations.go:12:9
./recover_loop_iterations.go:12:9:     from panic(i * 10) (call parameter) at ./recover_loop_iterations.go:12:8
./recover_loop_iterations.go:5:11: step capturing by value: i (addr=false assign=false width=8)
./recover_loop_iterations.go:5:19: step capturing by ref: res (addr=false assign=true width=16)
./recover_loop_iterations.go:14:32: " ok" escapes to heap:
./recover_loop_iterations.go:14:32:   flow: {storage for ... argument} = &{storage for " ok"}:
./recover_loop_iterations.go:14:32:     from " ok" (spill) at ./recover_loop_iterations.go:14:32
./recover_loop_iterations.go:14:32:     from ... argument (slice-literal-element) at ./recover_loop_iterations.go:14:19
./recover_loop_iterations.go:14:32:   flow: {heap} = {storage for ... argument}:
./recover_loop_iterations.go:14:32:     from ... argument (spill) at ./recover_loop_iterations.go:14:19
./recover_loop_iterations.go:14:32:     from fmt.Sprint(... argument...) (call parameter) at ./recover_loop_iterations.go:14:19
./recover_loop_iterations.go:14:20: i escapes to heap:
./recover_loop_iterations.go:14:20:   flow: {storage for ... argument} = &{storage for i}:
./recover_loop_iterations.go:14:20:     from i (spill) at ./recover_loop_iterations.go:14:20
./recover_loop_iterations.go:14:20:     from ... argument (slice-literal-element) at ./recover_loop_iterations.go:14:19
./recover_loop_iterations.go:14:20:   flow: {heap} = {storage for ... argument}:
./recover_loop_iterations.go:14:20:     from ... argument (spill) at ./recover_loop_iterations.go:14:19
./recover_loop_iterations.go:14:20:     from fmt.Sprint(... argument...) (call parameter) at ./recover_loop_iterations.go:14:19
./recover_loop_iterations.go:14:20: "step " escapes to heap:
./recover_loop_iterations.go:14:20:   flow: {storage for ... argument} = &{storage for "step "}:
./recover_loop_iterations.go:14:20:     from "step " (spill) at ./recover_loop_iterations.go:14:20
./recover_loop_iterations.go:14:20:     from ... argument (slice-literal-element) at ./recover_loop_iterations.go:14:19
./recover_loop_iterations.go:14:20:   flow: {heap} = {storage for ... argument}:
./recover_loop_iterations.go:14:20:     from ... argument (spill) at ./recover_loop_iterations.go:14:19
./recover_loop_iterations.go:14:20:     from fmt.Sprint(... argument...) (call parameter) at ./recover_loop_iterations.go:14:19
./recover_loop_iterations.go:8:33: " failed: " escapes to heap:
./recover_loop_iterations.go:8:33:   flow: {storage for ... argument} = &{storage for " failed: "}:
./recover_loop_iterations.go:8:33:     from " failed: " (spill) at ./recover_loop_iterations.go:8:33
./recover_loop_iterations.go:8:33:     from ... argument (slice-literal-element) at ./recover_loop_iterations.go:8:20
./recover_loop_iterations.go:8:33:   flow: {heap} = {storage for ... argument}:
./recover_loop_iterations.go:8:33:     from ... argument (spill) at ./recover_loop_iterations.go:8:20
./recover_loop_iterations.go:8:33:     from fmt.Sprint(... argument...) (call parameter) at ./recover_loop_iterations.go:8:20
./recover_loop_iterations.go:8:21: i escapes to heap:
./recover_loop_iterations.go:8:21:   flow: {storage for ... argument} = &{storage for i}:
./recover_loop_iterations.go:8:21:     from i (spill) at ./recover_loop_iterations.go:8:21
./recover_loop_iterations.go:8:21:     from ... argument (slice-literal-element) at ./recover_loop_iterations.go:8:20
./recover_loop_iterations.go:8:21:   flow: {heap} = {storage for ... argument}:
./recover_loop_iterations.go:8:21:     from ... argument (spill) at ./recover_loop_iterations.go:8:20
./recover_loop_iterations.go:8:21:     from fmt.Sprint(... argument...) (call parameter) at ./recover_loop_iterations.go:8:20
./recover_loop_iterations.go:8:21: "step " escapes to heap:
./recover_loop_iterations.go:8:21:   flow: {storage for ... argument} = &{storage for "step "}:
./recover_loop_iterations.go:8:21:     from "step " (spill) at ./recover_loop_iterations.go:8:21
./recover_loop_iterations.go:8:21:     from ... argument (slice-literal-element) at ./recover_loop_iterations.go:8:20
./recover_loop_iterations.go:8:21:   flow: {heap} = {storage for ... argument}:
./recover_loop_iterations.go:8:21:     from ... argument (spill) at ./recover_loop_iterations.go:8:20
./recover_loop_iterations.go:8:21:     from fmt.Sprint(... argument...) (call parameter) at ./recover_loop_iterations.go:8:20
./recover_loop_iterations.go:6:8: func literal does not escape
./recover_loop_iterations.go:8:20: ... argument does not escape
./recover_loop_iterations.go:8:21: "step " escapes to heap
./recover_loop_iterations.go:8:21: i escapes to heap
./recover_loop_iterations.go:8:33: " failed: " escapes to heap
./recover_loop_iterations.go:12:9: i * 10 escapes to heap
./recover_loop_iterations.go:14:19: ... argument does not escape
./recover_loop_iterations.go:14:20: "step " escapes to heap
./recover_loop_iterations.go:14:20: i escapes to heap
./recover_loop_iterations.go:14:32: " ok" escapes to heap
./recover_loop_iterations.go:30:10: "seven" escapes to heap:
./recover_loop_iterations.go:30:10:   flow: {heap} = &{storage for "seven"}:
./recover_loop_iterations.go:30:10:     from "seven" (spill) at ./recover_loop_iterations.go:30:10
./recover_loop_iterations.go:30:10:     from panic("seven") (call parameter) at ./recover_loop_iterations.go:30:10
./recover_loop_iterations.go:21:2: main capturing by ref: errs (addr=false assign=true width=8)
./recover_loop_iterations.go:22:6: main capturing by ref: i (addr=false assign=true width=8)
./recover_loop_iterations.go:21:2: main capturing by ref: errs (addr=true assign=true width=8)
./recover_loop_iterations.go:34:14: errs escapes to heap:
./recover_loop_iterations.go:34:14:   flow: {storage for ... argument} = &{storage for errs}:
./recover_loop_iterations.go:34:14:     from errs (spill) at ./recover_loop_iterations.go:34:14
./recover_loop_iterations.go:34:14:     from ... argument (slice-literal-element) at ./recover_loop_iterations.go:34:13
./recover_loop_iterations.go:34:14:   flow: {heap} = {storage for ... argument}:
./recover_loop_iterations.go:34:14:     from ... argument (spill) at ./recover_loop_iterations.go:34:13
./recover_loop_iterations.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./recover_loop_iterations.go:34:13
./recover_loop_iterations.go:34:14: "errors:" escapes to heap:
./recover_loop_iterations.go:34:14:   flow: {storage for ... argument} = &{storage for "errors:"}:
./recover_loop_iterations.go:34:14:     from "errors:" (spill) at ./recover_loop_iterations.go:34:14
./recover_loop_iterations.go:34:14:     from ... argument (slice-literal-element) at ./recover_loop_iterations.go:34:13
./recover_loop_iterations.go:34:14:   flow: {heap} = {storage for ... argument}:
./recover_loop_iterations.go:34:14:     from ... argument (spill) at ./recover_loop_iterations.go:34:13
./recover_loop_iterations.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./recover_loop_iterations.go:34:13
./recover_loop_iterations.go:19:19: step(i) escapes to heap:
./recover_loop_iterations.go:19:19:   flow: {storage for ... argument} = &{storage for step(i)}:
./recover_loop_iterations.go:19:19:     from step(i) (spill) at ./recover_loop_iterations.go:19:19
./recover_loop_iterations.go:19:19:     from ... argument (slice-literal-element) at ./recover_loop_iterations.go:19:14
./recover_loop_iterations.go:19:19:   flow: {heap} = {storage for ... argument}:
./recover_loop_iterations.go:19:19:     from ... argument (spill) at ./recover_loop_iterations.go:19:14
./recover_loop_iterations.go:19:19:     from fmt.Println(... argument...) (call parameter) at ./recover_loop_iterations.go:19:14
./recover_loop_iterations.go:19:14: ... argument does not escape
./recover_loop_iterations.go:19:19: step(i) escapes to heap
./recover_loop_iterations.go:23:3: func literal does not escape
./recover_loop_iterations.go:24:10: func literal does not escape
./recover_loop_iterations.go:30:10: "seven" escapes to heap
./recover_loop_iterations.go:34:13: ... argument does not escape
./recover_loop_iterations.go:34:14: "errors:" escapes to heap
./recover_loop_iterations.go:34:14: errs escapes to heap
