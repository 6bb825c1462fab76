./time_timers.go:18:5: func literal escapes to heap:
./time_timers.go:18:5:   flow: {heap} = &{storage for func literal}:
./time_timers.go:18:5:     from func literal (spill) at ./time_timers.go:18:5
./time_timers.go:47:6: wg escapes to heap:
./time_timers.go:47:6:   flow: {heap} = &wg:
./time_timers.go:47:6:     from wg (address-of) at ./time_timers.go:48:4
./time_timers.go:47:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./time_timers.go:48:8
./time_timers.go:49:43: func literal escapes to heap:
./time_timers.go:49:43:   flow: {heap} = &{storage for func literal}:
./time_timers.go:49:43:     from func literal (spill) at ./time_timers.go:49:43
./time_timers.go:49:43:     from time.AfterFunc(5 * time.Millisecond, func literal) (call parameter) at ./time_timers.go:49:22
./time_timers.go:47:6: wg escapes to heap:
./time_timers.go:47:6:   flow: {heap} = &wg:
./time_timers.go:47:6:     from wg (address-of) at ./time_timers.go:49:84
./time_timers.go:47:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at ./time_timers.go:49:89
./time_timers.go:47:6: wg escapes to heap:
./time_timers.go:47:6:   flow: {heap} = &wg:
./time_timers.go:47:6:     from wg (address-of) at ./time_timers.go:50:4
./time_timers.go:47:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./time_timers.go:50:9
./time_timers.go:52:37: func literal escapes to heap:
./time_timers.go:52:37:   flow: {heap} = &{storage for func literal}:
./time_timers.go:52:37:     from func literal (spill) at ./time_timers.go:52:37
./time_timers.go:52:37:     from time.AfterFunc(time.Hour, func literal) (call parameter) at ./time_timers.go:52:25
./time_timers.go:64:5: func literal escapes to heap:
./time_timers.go:64:5:   flow: {heap} = &{storage for func literal}:
./time_timers.go:64:5:     from func literal (spill) at ./time_timers.go:64:5
./time_timers.go:86:7: z escapes to heap:
./time_timers.go:86:7:   flow: {heap} = &z:
./time_timers.go:86:7:     from z (address-of) at ./time_timers.go:87:4
./time_timers.go:86:7:     from (*time.Timer).Stop(z) (call parameter) at ./time_timers.go:87:9
./time_timers.go:93:6: zt escapes to heap:
./time_timers.go:93:6:   flow: {heap} = &zt:
./time_timers.go:93:6:     from zt (address-of) at ./time_timers.go:94:4
./time_timers.go:93:6:     from (*time.Ticker).Stop(zt) (call parameter) at ./time_timers.go:94:9
./time_timers.go:11:2: main capturing by value: ch (addr=false assign=false width=8)
./time_timers.go:47:6: main capturing by ref: wg (addr=true assign=false width=16)
./time_timers.go:47:6: wg escapes to heap:
./time_timers.go:47:6:   flow: {storage for func literal} = &wg:
./time_timers.go:47:6:     from wg (captured by a closure) at ./time_timers.go:49:82
./time_timers.go:47:6:     from wg (reference) at ./time_timers.go:49:82
./time_timers.go:62:2: main capturing by value: done (addr=false assign=false width=8)
./time_timers.go:63:2: main capturing by value: tk (addr=false assign=false width=8)
./time_timers.go:95:14: "done" escapes to heap:
./time_timers.go:95:14:   flow: {storage for ... argument} = &{storage for "done"}:
./time_timers.go:95:14:     from "done" (spill) at ./time_timers.go:95:14
./time_timers.go:95:14:     from ... argument (slice-literal-element) at ./time_timers.go:95:13
./time_timers.go:95:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:95:14:     from ... argument (spill) at ./time_timers.go:95:13
./time_timers.go:95:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:95:13
./time_timers.go:90:30: "recovered:" escapes to heap:
./time_timers.go:90:30:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./time_timers.go:90:30:     from "recovered:" (spill) at ./time_timers.go:90:30
./time_timers.go:90:30:     from ... argument (slice-literal-element) at ./time_timers.go:90:29
./time_timers.go:90:30:   flow: {heap} = {storage for ... argument}:
./time_timers.go:90:30:     from ... argument (spill) at ./time_timers.go:90:29
./time_timers.go:90:30:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:90:29
./time_timers.go:85:30: "recovered:" escapes to heap:
./time_timers.go:85:30:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./time_timers.go:85:30:     from "recovered:" (spill) at ./time_timers.go:85:30
./time_timers.go:85:30:     from ... argument (slice-literal-element) at ./time_timers.go:85:29
./time_timers.go:85:30:   flow: {heap} = {storage for ... argument}:
./time_timers.go:85:30:     from ... argument (spill) at ./time_timers.go:85:29
./time_timers.go:85:30:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:85:29
./time_timers.go:81:30: "recovered:" escapes to heap:
./time_timers.go:81:30:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./time_timers.go:81:30:     from "recovered:" (spill) at ./time_timers.go:81:30
./time_timers.go:81:30:     from ... argument (slice-literal-element) at ./time_timers.go:81:29
./time_timers.go:81:30:   flow: {heap} = {storage for ... argument}:
./time_timers.go:81:30:     from ... argument (spill) at ./time_timers.go:81:29
./time_timers.go:81:30:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:81:29
./time_timers.go:79:31: count > 0 escapes to heap:
./time_timers.go:79:31:   flow: {storage for ... argument} = &{storage for count > 0}:
./time_timers.go:79:31:     from count > 0 (spill) at ./time_timers.go:79:31
./time_timers.go:79:31:     from ... argument (slice-literal-element) at ./time_timers.go:79:13
./time_timers.go:79:31:   flow: {heap} = {storage for ... argument}:
./time_timers.go:79:31:     from ... argument (spill) at ./time_timers.go:79:13
./time_timers.go:79:31:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:79:13
./time_timers.go:79:14: "ticked:" escapes to heap:
./time_timers.go:79:14:   flow: {storage for ... argument} = &{storage for "ticked:"}:
./time_timers.go:79:14:     from "ticked:" (spill) at ./time_timers.go:79:14
./time_timers.go:79:14:     from ... argument (slice-literal-element) at ./time_timers.go:79:13
./time_timers.go:79:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:79:14:     from ... argument (spill) at ./time_timers.go:79:13
./time_timers.go:79:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:79:13
./time_timers.go:61:38: time.Tick(0) == nil escapes to heap:
./time_timers.go:61:38:   flow: {storage for ... argument} = &{storage for time.Tick(0) == nil}:
./time_timers.go:61:38:     from time.Tick(0) == nil (spill) at ./time_timers.go:61:38
./time_timers.go:61:38:     from ... argument (slice-literal-element) at ./time_timers.go:61:13
./time_timers.go:61:38:   flow: {heap} = {storage for ... argument}:
./time_timers.go:61:38:     from ... argument (spill) at ./time_timers.go:61:13
./time_timers.go:61:38:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:61:13
./time_timers.go:61:14: k escapes to heap:
./time_timers.go:61:14:   flow: {storage for ... argument} = &{storage for k}:
./time_timers.go:61:14:     from k (spill) at ./time_timers.go:61:14
./time_timers.go:61:14:     from ... argument (slice-literal-element) at ./time_timers.go:61:13
./time_timers.go:61:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:61:14:     from ... argument (spill) at ./time_timers.go:61:13
./time_timers.go:61:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:61:13
./time_timers.go:61:14: "tick" escapes to heap:
./time_timers.go:61:14:   flow: {storage for ... argument} = &{storage for "tick"}:
./time_timers.go:61:14:     from "tick" (spill) at ./time_timers.go:61:14
./time_timers.go:61:14:     from ... argument (slice-literal-element) at ./time_timers.go:61:13
./time_timers.go:61:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:61:14:     from ... argument (spill) at ./time_timers.go:61:13
./time_timers.go:61:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:61:13
./time_timers.go:53:39: (*time.Timer).Stop(never) escapes to heap:
./time_timers.go:53:39:   flow: {storage for ... argument} = &{storage for (*time.Timer).Stop(never)}:
./time_timers.go:53:39:     from (*time.Timer).Stop(never) (spill) at ./time_timers.go:53:39
./time_timers.go:53:39:     from ... argument (slice-literal-element) at ./time_timers.go:53:13
./time_timers.go:53:39:   flow: {heap} = {storage for ... argument}:
./time_timers.go:53:39:     from ... argument (spill) at ./time_timers.go:53:13
./time_timers.go:53:39:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:53:13
./time_timers.go:53:14: "stop never:" escapes to heap:
./time_timers.go:53:14:   flow: {storage for ... argument} = &{storage for "stop never:"}:
./time_timers.go:53:14:     from "stop never:" (spill) at ./time_timers.go:53:14
./time_timers.go:53:14:     from ... argument (slice-literal-element) at ./time_timers.go:53:13
./time_timers.go:53:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:53:14:     from ... argument (spill) at ./time_timers.go:53:13
./time_timers.go:53:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:53:13
./time_timers.go:52:58: "never" escapes to heap:
./time_timers.go:52:58:   flow: {storage for ... argument} = &{storage for "never"}:
./time_timers.go:52:58:     from "never" (spill) at ./time_timers.go:52:58
./time_timers.go:52:58:     from ... argument (slice-literal-element) at ./time_timers.go:52:57
./time_timers.go:52:58:   flow: {heap} = {storage for ... argument}:
./time_timers.go:52:58:     from ... argument (spill) at ./time_timers.go:52:57
./time_timers.go:52:58:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:52:57
./time_timers.go:51:40: (*time.Timer).Stop(at) escapes to heap:
./time_timers.go:51:40:   flow: {storage for ... argument} = &{storage for (*time.Timer).Stop(at)}:
./time_timers.go:51:40:     from (*time.Timer).Stop(at) (spill) at ./time_timers.go:51:40
./time_timers.go:51:40:     from ... argument (slice-literal-element) at ./time_timers.go:51:13
./time_timers.go:51:40:   flow: {heap} = {storage for ... argument}:
./time_timers.go:51:40:     from ... argument (spill) at ./time_timers.go:51:13
./time_timers.go:51:40:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:51:13
./time_timers.go:51:14: "stop after run:" escapes to heap:
./time_timers.go:51:14:   flow: {storage for ... argument} = &{storage for "stop after run:"}:
./time_timers.go:51:14:     from "stop after run:" (spill) at ./time_timers.go:51:14
./time_timers.go:51:14:     from ... argument (slice-literal-element) at ./time_timers.go:51:13
./time_timers.go:51:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:51:14:     from ... argument (spill) at ./time_timers.go:51:13
./time_timers.go:51:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:51:13
./time_timers.go:49:64: "afterfunc ran" escapes to heap:
./time_timers.go:49:64:   flow: {storage for ... argument} = &{storage for "afterfunc ran"}:
./time_timers.go:49:64:     from "afterfunc ran" (spill) at ./time_timers.go:49:64
./time_timers.go:49:64:     from ... argument (slice-literal-element) at ./time_timers.go:49:63
./time_timers.go:49:64:   flow: {heap} = {storage for ... argument}:
./time_timers.go:49:64:     from ... argument (spill) at ./time_timers.go:49:63
./time_timers.go:49:64:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:49:63
./time_timers.go:45:49: runtime.NumGoroutine() escapes to heap:
./time_timers.go:45:49:   flow: {storage for ... argument} = &{storage for runtime.NumGoroutine()}:
./time_timers.go:45:49:     from runtime.NumGoroutine() (spill) at ./time_timers.go:45:49
./time_timers.go:45:49:     from ... argument (slice-literal-element) at ./time_timers.go:45:13
./time_timers.go:45:49:   flow: {heap} = {storage for ... argument}:
./time_timers.go:45:49:     from ... argument (spill) at ./time_timers.go:45:13
./time_timers.go:45:49:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:45:13
./time_timers.go:45:14: "goroutines:" escapes to heap:
./time_timers.go:45:14:   flow: {storage for ... argument} = &{storage for "goroutines:"}:
./time_timers.go:45:14:     from "goroutines:" (spill) at ./time_timers.go:45:14
./time_timers.go:45:14:     from ... argument (slice-literal-element) at ./time_timers.go:45:13
./time_timers.go:45:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:45:14:     from ... argument (spill) at ./time_timers.go:45:13
./time_timers.go:45:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:45:13
./time_timers.go:43:14: n escapes to heap:
./time_timers.go:43:14:   flow: {storage for ... argument} = &{storage for n}:
./time_timers.go:43:14:     from n (spill) at ./time_timers.go:43:14
./time_timers.go:43:14:     from ... argument (slice-literal-element) at ./time_timers.go:43:13
./time_timers.go:43:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:43:14:     from ... argument (spill) at ./time_timers.go:43:13
./time_timers.go:43:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:43:13
./time_timers.go:43:14: "ticks" escapes to heap:
./time_timers.go:43:14:   flow: {storage for ... argument} = &{storage for "ticks"}:
./time_timers.go:43:14:     from "ticks" (spill) at ./time_timers.go:43:14
./time_timers.go:43:14:     from ... argument (slice-literal-element) at ./time_timers.go:43:13
./time_timers.go:43:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:43:14:     from ... argument (spill) at ./time_timers.go:43:13
./time_timers.go:43:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:43:13
./time_timers.go:33:14: "fired again" escapes to heap:
./time_timers.go:33:14:   flow: {storage for ... argument} = &{storage for "fired again"}:
./time_timers.go:33:14:     from "fired again" (spill) at ./time_timers.go:33:14
./time_timers.go:33:14:     from ... argument (slice-literal-element) at ./time_timers.go:33:13
./time_timers.go:33:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:33:14:     from ... argument (spill) at ./time_timers.go:33:13
./time_timers.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:33:13
./time_timers.go:31:32: (*time.Timer).Reset(t2, 5 * time.Millisecond) escapes to heap:
./time_timers.go:31:32:   flow: {storage for ... argument} = &{storage for (*time.Timer).Reset(t2, 5 * time.Millisecond)}:
./time_timers.go:31:32:     from (*time.Timer).Reset(t2, 5 * time.Millisecond) (spill) at ./time_timers.go:31:32
./time_timers.go:31:32:     from ... argument (slice-literal-element) at ./time_timers.go:31:13
./time_timers.go:31:32:   flow: {heap} = {storage for ... argument}:
./time_timers.go:31:32:     from ... argument (spill) at ./time_timers.go:31:13
./time_timers.go:31:32:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:31:13
./time_timers.go:31:14: "reset:" escapes to heap:
./time_timers.go:31:14:   flow: {storage for ... argument} = &{storage for "reset:"}:
./time_timers.go:31:14:     from "reset:" (spill) at ./time_timers.go:31:14
./time_timers.go:31:14:     from ... argument (slice-literal-element) at ./time_timers.go:31:13
./time_timers.go:31:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:31:14:     from ... argument (spill) at ./time_timers.go:31:13
./time_timers.go:31:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:31:13
./time_timers.go:30:100: (*time.Timer).Stop(t2) escapes to heap:
./time_timers.go:30:100:   flow: {storage for ... argument} = &{storage for (*time.Timer).Stop(t2)}:
./time_timers.go:30:100:     from (*time.Timer).Stop(t2) (spill) at ./time_timers.go:30:100
./time_timers.go:30:100:     from ... argument (slice-literal-element) at ./time_timers.go:30:13
./time_timers.go:30:100:   flow: {heap} = {storage for ... argument}:
./time_timers.go:30:100:     from ... argument (spill) at ./time_timers.go:30:13
./time_timers.go:30:100:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:30:13
./time_timers.go:30:78: "stop fired:" escapes to heap:
./time_timers.go:30:78:   flow: {storage for ... argument} = &{storage for "stop fired:"}:
./time_timers.go:30:78:     from "stop fired:" (spill) at ./time_timers.go:30:78
./time_timers.go:30:78:     from ... argument (slice-literal-element) at ./time_timers.go:30:13
./time_timers.go:30:78:   flow: {heap} = {storage for ... argument}:
./time_timers.go:30:78:     from ... argument (spill) at ./time_timers.go:30:13
./time_timers.go:30:78:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:30:13
./time_timers.go:30:55: time.Since(start) >= 5 * time.Millisecond escapes to heap:
./time_timers.go:30:55:   flow: {storage for ... argument} = &{storage for time.Since(start) >= 5 * time.Millisecond}:
./time_timers.go:30:55:     from time.Since(start) >= 5 * time.Millisecond (spill) at ./time_timers.go:30:55
./time_timers.go:30:55:     from ... argument (slice-literal-element) at ./time_timers.go:30:13
./time_timers.go:30:55:   flow: {heap} = {storage for ... argument}:
./time_timers.go:30:55:     from ... argument (spill) at ./time_timers.go:30:13
./time_timers.go:30:55:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:30:13
./time_timers.go:30:14: "fired after >= 5ms:" escapes to heap:
./time_timers.go:30:14:   flow: {storage for ... argument} = &{storage for "fired after >= 5ms:"}:
./time_timers.go:30:14:     from "fired after >= 5ms:" (spill) at ./time_timers.go:30:14
./time_timers.go:30:14:     from ... argument (slice-literal-element) at ./time_timers.go:30:13
./time_timers.go:30:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:30:14:     from ... argument (spill) at ./time_timers.go:30:13
./time_timers.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:30:13
./time_timers.go:26:57: (*time.Timer).Stop(t) escapes to heap:
./time_timers.go:26:57:   flow: {storage for ... argument} = &{storage for (*time.Timer).Stop(t)}:
./time_timers.go:26:57:     from (*time.Timer).Stop(t) (spill) at ./time_timers.go:26:57
./time_timers.go:26:57:     from ... argument (slice-literal-element) at ./time_timers.go:26:13
./time_timers.go:26:57:   flow: {heap} = {storage for ... argument}:
./time_timers.go:26:57:     from ... argument (spill) at ./time_timers.go:26:13
./time_timers.go:26:57:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:26:13
./time_timers.go:26:41: "again:" escapes to heap:
./time_timers.go:26:41:   flow: {storage for ... argument} = &{storage for "again:"}:
./time_timers.go:26:41:     from "again:" (spill) at ./time_timers.go:26:41
./time_timers.go:26:41:     from ... argument (slice-literal-element) at ./time_timers.go:26:13
./time_timers.go:26:41:   flow: {heap} = {storage for ... argument}:
./time_timers.go:26:41:     from ... argument (spill) at ./time_timers.go:26:13
./time_timers.go:26:41:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:26:13
./time_timers.go:26:37: (*time.Timer).Stop(t) escapes to heap:
./time_timers.go:26:37:   flow: {storage for ... argument} = &{storage for (*time.Timer).Stop(t)}:
./time_timers.go:26:37:     from (*time.Timer).Stop(t) (spill) at ./time_timers.go:26:37
./time_timers.go:26:37:     from ... argument (slice-literal-element) at ./time_timers.go:26:13
./time_timers.go:26:37:   flow: {heap} = {storage for ... argument}:
./time_timers.go:26:37:     from ... argument (spill) at ./time_timers.go:26:13
./time_timers.go:26:37:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:26:13
./time_timers.go:26:14: "stop pending:" escapes to heap:
./time_timers.go:26:14:   flow: {storage for ... argument} = &{storage for "stop pending:"}:
./time_timers.go:26:14:     from "stop pending:" (spill) at ./time_timers.go:26:14
./time_timers.go:26:14:     from ... argument (slice-literal-element) at ./time_timers.go:26:13
./time_timers.go:26:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:26:14:     from ... argument (spill) at ./time_timers.go:26:13
./time_timers.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:26:13
./time_timers.go:23:15: "timeout 2" escapes to heap:
./time_timers.go:23:15:   flow: {storage for ... argument} = &{storage for "timeout 2"}:
./time_timers.go:23:15:     from "timeout 2" (spill) at ./time_timers.go:23:15
./time_timers.go:23:15:     from ... argument (slice-literal-element) at ./time_timers.go:23:14
./time_timers.go:23:15:   flow: {heap} = {storage for ... argument}:
./time_timers.go:23:15:     from ... argument (spill) at ./time_timers.go:23:14
./time_timers.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:23:14
./time_timers.go:21:15: v escapes to heap:
./time_timers.go:21:15:   flow: {storage for ... argument} = &{storage for v}:
./time_timers.go:21:15:     from v (spill) at ./time_timers.go:21:15
./time_timers.go:21:15:     from ... argument (slice-literal-element) at ./time_timers.go:21:14
./time_timers.go:21:15:   flow: {heap} = {storage for ... argument}:
./time_timers.go:21:15:     from ... argument (spill) at ./time_timers.go:21:14
./time_timers.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:21:14
./time_timers.go:21:15: "got" escapes to heap:
./time_timers.go:21:15:   flow: {storage for ... argument} = &{storage for "got"}:
./time_timers.go:21:15:     from "got" (spill) at ./time_timers.go:21:15
./time_timers.go:21:15:     from ... argument (slice-literal-element) at ./time_timers.go:21:14
./time_timers.go:21:15:   flow: {heap} = {storage for ... argument}:
./time_timers.go:21:15:     from ... argument (spill) at ./time_timers.go:21:14
./time_timers.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:21:14
./time_timers.go:16:15: "timeout" escapes to heap:
./time_timers.go:16:15:   flow: {storage for ... argument} = &{storage for "timeout"}:
./time_timers.go:16:15:     from "timeout" (spill) at ./time_timers.go:16:15
./time_timers.go:16:15:     from ... argument (slice-literal-element) at ./time_timers.go:16:14
./time_timers.go:16:15:   flow: {heap} = {storage for ... argument}:
./time_timers.go:16:15:     from ... argument (spill) at ./time_timers.go:16:14
./time_timers.go:16:15:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:16:14
./time_timers.go:14:14: v escapes to heap:
./time_timers.go:14:14:   flow: {storage for ... argument} = &{storage for v}:
./time_timers.go:14:14:     from v (spill) at ./time_timers.go:14:14
./time_timers.go:14:14:     from ... argument (slice-literal-element) at ./time_timers.go:14:14
./time_timers.go:14:14:   flow: {heap} = {storage for ... argument}:
./time_timers.go:14:14:     from ... argument (spill) at ./time_timers.go:14:14
./time_timers.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./time_timers.go:14:14
./time_timers.go:47:6: moved to heap: wg
./time_timers.go:93:6: moved to heap: zt
./time_timers.go:86:7: moved to heap: z
./time_timers.go:14:14: ... argument does not escape
./time_timers.go:14:14: v escapes to heap
./time_timers.go:16:14: ... argument does not escape
./time_timers.go:16:15: "timeout" escapes to heap
./time_timers.go:18:5: func literal escapes to heap
./time_timers.go:21:14: ... argument does not escape
./time_timers.go:21:15: "got" escapes to heap
./time_timers.go:21:15: v escapes to heap
./time_timers.go:23:14: ... argument does not escape
./time_timers.go:23:15: "timeout 2" escapes to heap
./time_timers.go:26:13: ... argument does not escape
./time_timers.go:26:14: "stop pending:" escapes to heap
./time_timers.go:26:37: (*time.Timer).Stop(t) escapes to heap
./time_timers.go:26:41: "again:" escapes to heap
./time_timers.go:26:57: (*time.Timer).Stop(t) escapes to heap
./time_timers.go:30:13: ... argument does not escape
./time_timers.go:30:14: "fired after >= 5ms:" escapes to heap
./time_timers.go:30:55: time.Since(start) >= 5 * time.Millisecond escapes to heap
./time_timers.go:30:78: "stop fired:" escapes to heap
./time_timers.go:30:100: (*time.Timer).Stop(t2) escapes to heap
./time_timers.go:31:13: ... argument does not escape
./time_timers.go:31:14: "reset:" escapes to heap
./time_timers.go:31:32: (*time.Timer).Reset(t2, 5 * time.Millisecond) escapes to heap
./time_timers.go:33:13: ... argument does not escape
./time_timers.go:33:14: "fired again" escapes to heap
./time_timers.go:43:13: ... argument does not escape
./time_timers.go:43:14: "ticks" escapes to heap
./time_timers.go:43:14: n escapes to heap
./time_timers.go:45:13: ... argument does not escape
./time_timers.go:45:14: "goroutines:" escapes to heap
./time_timers.go:45:49: runtime.NumGoroutine() escapes to heap
./time_timers.go:49:43: func literal escapes to heap
./time_timers.go:49:63: ... argument does not escape
./time_timers.go:49:64: "afterfunc ran" escapes to heap
./time_timers.go:51:13: ... argument does not escape
./time_timers.go:51:14: "stop after run:" escapes to heap
./time_timers.go:51:40: (*time.Timer).Stop(at) escapes to heap
./time_timers.go:52:37: func literal escapes to heap
./time_timers.go:52:57: ... argument does not escape
./time_timers.go:52:58: "never" escapes to heap
./time_timers.go:53:13: ... argument does not escape
./time_timers.go:53:14: "stop never:" escapes to heap
./time_timers.go:53:39: (*time.Timer).Stop(never) escapes to heap
./time_timers.go:61:13: ... argument does not escape
./time_timers.go:61:14: "tick" escapes to heap
./time_timers.go:61:14: k escapes to heap
./time_timers.go:61:38: time.Tick(0) == nil escapes to heap
./time_timers.go:64:5: func literal escapes to heap
./time_timers.go:79:13: ... argument does not escape
./time_timers.go:79:14: "ticked:" escapes to heap
./time_timers.go:79:31: count > 0 escapes to heap
./time_timers.go:80:2: func literal does not escape
./time_timers.go:81:9: func literal does not escape
./time_timers.go:81:29: ... argument does not escape
./time_timers.go:81:30: "recovered:" escapes to heap
./time_timers.go:84:2: func literal does not escape
./time_timers.go:85:9: func literal does not escape
./time_timers.go:85:29: ... argument does not escape
./time_timers.go:85:30: "recovered:" escapes to heap
./time_timers.go:89:2: func literal does not escape
./time_timers.go:90:9: func literal does not escape
./time_timers.go:90:29: ... argument does not escape
./time_timers.go:90:30: "recovered:" escapes to heap
./time_timers.go:95:13: ... argument does not escape
./time_timers.go:95:14: "done" escapes to heap
