./sched_runnext_waitgroup.go:14:6: wg escapes to heap:
./sched_runnext_waitgroup.go:14:6:   flow: {heap} = &wg:
./sched_runnext_waitgroup.go:14:6:     from wg (address-of) at ./sched_runnext_waitgroup.go:16:4
./sched_runnext_waitgroup.go:14:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./sched_runnext_waitgroup.go:16:8
./sched_runnext_waitgroup.go:17:5: func literal escapes to heap:
./sched_runnext_waitgroup.go:17:5:   flow: {heap} = &{storage for func literal}:
./sched_runnext_waitgroup.go:17:5:     from func literal (spill) at ./sched_runnext_waitgroup.go:17:5
./sched_runnext_waitgroup.go:14:6: wg escapes to heap:
./sched_runnext_waitgroup.go:14:6:   flow: {heap} = &wg:
./sched_runnext_waitgroup.go:14:6:     from wg (address-of) at ./sched_runnext_waitgroup.go:18:5
./sched_runnext_waitgroup.go:14:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./sched_runnext_waitgroup.go:18:10
./sched_runnext_waitgroup.go:14:6: wg escapes to heap:
./sched_runnext_waitgroup.go:14:6:   flow: {heap} = &wg:
./sched_runnext_waitgroup.go:14:6:     from wg (address-of) at ./sched_runnext_waitgroup.go:23:4
./sched_runnext_waitgroup.go:14:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at ./sched_runnext_waitgroup.go:23:9
./sched_runnext_waitgroup.go:15:6: mu escapes to heap:
./sched_runnext_waitgroup.go:15:6:   flow: {heap} = &mu:
./sched_runnext_waitgroup.go:15:6:     from mu (address-of) at ./sched_runnext_waitgroup.go:26:4
./sched_runnext_waitgroup.go:15:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./sched_runnext_waitgroup.go:26:9
./sched_runnext_waitgroup.go:28:5: func literal escapes to heap:
./sched_runnext_waitgroup.go:28:5:   flow: {heap} = &{storage for func literal}:
./sched_runnext_waitgroup.go:28:5:     from func literal (spill) at ./sched_runnext_waitgroup.go:28:5
./sched_runnext_waitgroup.go:15:6: mu escapes to heap:
./sched_runnext_waitgroup.go:15:6:   flow: {heap} = &mu:
./sched_runnext_waitgroup.go:15:6:     from mu (address-of) at ./sched_runnext_waitgroup.go:29:5
./sched_runnext_waitgroup.go:15:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./sched_runnext_waitgroup.go:29:10
./sched_runnext_waitgroup.go:15:6: mu escapes to heap:
./sched_runnext_waitgroup.go:15:6:   flow: {heap} = &mu:
./sched_runnext_waitgroup.go:15:6:     from mu (address-of) at ./sched_runnext_waitgroup.go:31:5
./sched_runnext_waitgroup.go:15:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./sched_runnext_waitgroup.go:31:12
./sched_runnext_waitgroup.go:15:6: mu escapes to heap:
./sched_runnext_waitgroup.go:15:6:   flow: {heap} = &mu:
./sched_runnext_waitgroup.go:15:6:     from mu (address-of) at ./sched_runnext_waitgroup.go:36:4
./sched_runnext_waitgroup.go:15:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./sched_runnext_waitgroup.go:36:11
./sched_runnext_waitgroup.go:40:5: func literal escapes to heap:
./sched_runnext_waitgroup.go:40:5:   flow: {heap} = &{storage for func literal}:
./sched_runnext_waitgroup.go:40:5:     from func literal (spill) at ./sched_runnext_waitgroup.go:40:5
./sched_runnext_waitgroup.go:14:6: main capturing by ref: wg (addr=true assign=false width=16)
./sched_runnext_waitgroup.go:14:6: wg escapes to heap:
./sched_runnext_waitgroup.go:14:6:   flow: {storage for func literal} = &wg:
./sched_runnext_waitgroup.go:14:6:     from wg (captured by a closure) at ./sched_runnext_waitgroup.go:18:3
./sched_runnext_waitgroup.go:14:6:     from wg (reference) at ./sched_runnext_waitgroup.go:18:3
./sched_runnext_waitgroup.go:15:6: main capturing by ref: mu (addr=true assign=false width=8)
./sched_runnext_waitgroup.go:15:6: mu escapes to heap:
./sched_runnext_waitgroup.go:15:6:   flow: {storage for func literal} = &mu:
./sched_runnext_waitgroup.go:15:6:     from mu (captured by a closure) at ./sched_runnext_waitgroup.go:29:3
./sched_runnext_waitgroup.go:15:6:     from mu (reference) at ./sched_runnext_waitgroup.go:29:3
./sched_runnext_waitgroup.go:27:2: main capturing by value: done (addr=false assign=false width=8)
./sched_runnext_waitgroup.go:39:2: main capturing by value: ch (addr=false assign=false width=8)
./sched_runnext_waitgroup.go:27:2: main capturing by value: done (addr=false assign=false width=8)
./sched_runnext_waitgroup.go:48:15: i escapes to heap:
./sched_runnext_waitgroup.go:48:15:   flow: {storage for ... argument} = &{storage for i}:
./sched_runnext_waitgroup.go:48:15:     from i (spill) at ./sched_runnext_waitgroup.go:48:15
./sched_runnext_waitgroup.go:48:15:     from ... argument (slice-literal-element) at ./sched_runnext_waitgroup.go:48:14
./sched_runnext_waitgroup.go:48:15:   flow: {heap} = {storage for ... argument}:
./sched_runnext_waitgroup.go:48:15:     from ... argument (spill) at ./sched_runnext_waitgroup.go:48:14
./sched_runnext_waitgroup.go:48:15:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_waitgroup.go:48:14
./sched_runnext_waitgroup.go:48:15: "sent" escapes to heap:
./sched_runnext_waitgroup.go:48:15:   flow: {storage for ... argument} = &{storage for "sent"}:
./sched_runnext_waitgroup.go:48:15:     from "sent" (spill) at ./sched_runnext_waitgroup.go:48:15
./sched_runnext_waitgroup.go:48:15:     from ... argument (slice-literal-element) at ./sched_runnext_waitgroup.go:48:14
./sched_runnext_waitgroup.go:48:15:   flow: {heap} = {storage for ... argument}:
./sched_runnext_waitgroup.go:48:15:     from ... argument (spill) at ./sched_runnext_waitgroup.go:48:14
./sched_runnext_waitgroup.go:48:15:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_waitgroup.go:48:14
./sched_runnext_waitgroup.go:42:16: v escapes to heap:
./sched_runnext_waitgroup.go:42:16:   flow: {storage for ... argument} = &{storage for v}:
./sched_runnext_waitgroup.go:42:16:     from v (spill) at ./sched_runnext_waitgroup.go:42:16
./sched_runnext_waitgroup.go:42:16:     from ... argument (slice-literal-element) at ./sched_runnext_waitgroup.go:42:15
./sched_runnext_waitgroup.go:42:16:   flow: {heap} = {storage for ... argument}:
./sched_runnext_waitgroup.go:42:16:     from ... argument (spill) at ./sched_runnext_waitgroup.go:42:15
./sched_runnext_waitgroup.go:42:16:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_waitgroup.go:42:15
./sched_runnext_waitgroup.go:42:16: "got" escapes to heap:
./sched_runnext_waitgroup.go:42:16:   flow: {storage for ... argument} = &{storage for "got"}:
./sched_runnext_waitgroup.go:42:16:     from "got" (spill) at ./sched_runnext_waitgroup.go:42:16
./sched_runnext_waitgroup.go:42:16:     from ... argument (slice-literal-element) at ./sched_runnext_waitgroup.go:42:15
./sched_runnext_waitgroup.go:42:16:   flow: {heap} = {storage for ... argument}:
./sched_runnext_waitgroup.go:42:16:     from ... argument (spill) at ./sched_runnext_waitgroup.go:42:15
./sched_runnext_waitgroup.go:42:16:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_waitgroup.go:42:15
./sched_runnext_waitgroup.go:37:14: "main after unlock" escapes to heap:
./sched_runnext_waitgroup.go:37:14:   flow: {storage for ... argument} = &{storage for "main after unlock"}:
./sched_runnext_waitgroup.go:37:14:     from "main after unlock" (spill) at ./sched_runnext_waitgroup.go:37:14
./sched_runnext_waitgroup.go:37:14:     from ... argument (slice-literal-element) at ./sched_runnext_waitgroup.go:37:13
./sched_runnext_waitgroup.go:37:14:   flow: {heap} = {storage for ... argument}:
./sched_runnext_waitgroup.go:37:14:     from ... argument (spill) at ./sched_runnext_waitgroup.go:37:13
./sched_runnext_waitgroup.go:37:14:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_waitgroup.go:37:13
./sched_runnext_waitgroup.go:35:14: "main unlocks" escapes to heap:
./sched_runnext_waitgroup.go:35:14:   flow: {storage for ... argument} = &{storage for "main unlocks"}:
./sched_runnext_waitgroup.go:35:14:     from "main unlocks" (spill) at ./sched_runnext_waitgroup.go:35:14
./sched_runnext_waitgroup.go:35:14:     from ... argument (slice-literal-element) at ./sched_runnext_waitgroup.go:35:13
./sched_runnext_waitgroup.go:35:14:   flow: {heap} = {storage for ... argument}:
./sched_runnext_waitgroup.go:35:14:     from ... argument (spill) at ./sched_runnext_waitgroup.go:35:13
./sched_runnext_waitgroup.go:35:14:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_waitgroup.go:35:13
./sched_runnext_waitgroup.go:30:15: "goroutine got the lock" escapes to heap:
./sched_runnext_waitgroup.go:30:15:   flow: {storage for ... argument} = &{storage for "goroutine got the lock"}:
./sched_runnext_waitgroup.go:30:15:     from "goroutine got the lock" (spill) at ./sched_runnext_waitgroup.go:30:15
./sched_runnext_waitgroup.go:30:15:     from ... argument (slice-literal-element) at ./sched_runnext_waitgroup.go:30:14
./sched_runnext_waitgroup.go:30:15:   flow: {heap} = {storage for ... argument}:
./sched_runnext_waitgroup.go:30:15:     from ... argument (spill) at ./sched_runnext_waitgroup.go:30:14
./sched_runnext_waitgroup.go:30:15:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_waitgroup.go:30:14
./sched_runnext_waitgroup.go:24:14: "main after Done" escapes to heap:
./sched_runnext_waitgroup.go:24:14:   flow: {storage for ... argument} = &{storage for "main after Done"}:
./sched_runnext_waitgroup.go:24:14:     from "main after Done" (spill) at ./sched_runnext_waitgroup.go:24:14
./sched_runnext_waitgroup.go:24:14:     from ... argument (slice-literal-element) at ./sched_runnext_waitgroup.go:24:13
./sched_runnext_waitgroup.go:24:14:   flow: {heap} = {storage for ... argument}:
./sched_runnext_waitgroup.go:24:14:     from ... argument (spill) at ./sched_runnext_waitgroup.go:24:13
./sched_runnext_waitgroup.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_waitgroup.go:24:13
./sched_runnext_waitgroup.go:22:14: "main calls Done" escapes to heap:
./sched_runnext_waitgroup.go:22:14:   flow: {storage for ... argument} = &{storage for "main calls Done"}:
./sched_runnext_waitgroup.go:22:14:     from "main calls Done" (spill) at ./sched_runnext_waitgroup.go:22:14
./sched_runnext_waitgroup.go:22:14:     from ... argument (slice-literal-element) at ./sched_runnext_waitgroup.go:22:13
./sched_runnext_waitgroup.go:22:14:   flow: {heap} = {storage for ... argument}:
./sched_runnext_waitgroup.go:22:14:     from ... argument (spill) at ./sched_runnext_waitgroup.go:22:13
./sched_runnext_waitgroup.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_waitgroup.go:22:13
./sched_runnext_waitgroup.go:19:15: "waiter released" escapes to heap:
./sched_runnext_waitgroup.go:19:15:   flow: {storage for ... argument} = &{storage for "waiter released"}:
./sched_runnext_waitgroup.go:19:15:     from "waiter released" (spill) at ./sched_runnext_waitgroup.go:19:15
./sched_runnext_waitgroup.go:19:15:     from ... argument (slice-literal-element) at ./sched_runnext_waitgroup.go:19:14
./sched_runnext_waitgroup.go:19:15:   flow: {heap} = {storage for ... argument}:
./sched_runnext_waitgroup.go:19:15:     from ... argument (spill) at ./sched_runnext_waitgroup.go:19:14
./sched_runnext_waitgroup.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./sched_runnext_waitgroup.go:19:14
./sched_runnext_waitgroup.go:14:6: moved to heap: wg
./sched_runnext_waitgroup.go:15:6: moved to heap: mu
./sched_runnext_waitgroup.go:17:5: func literal escapes to heap
./sched_runnext_waitgroup.go:19:14: ... argument does not escape
./sched_runnext_waitgroup.go:19:15: "waiter released" escapes to heap
./sched_runnext_waitgroup.go:22:13: ... argument does not escape
./sched_runnext_waitgroup.go:22:14: "main calls Done" escapes to heap
./sched_runnext_waitgroup.go:24:13: ... argument does not escape
./sched_runnext_waitgroup.go:24:14: "main after Done" escapes to heap
./sched_runnext_waitgroup.go:28:5: func literal escapes to heap
./sched_runnext_waitgroup.go:30:14: ... argument does not escape
./sched_runnext_waitgroup.go:30:15: "goroutine got the lock" escapes to heap
./sched_runnext_waitgroup.go:35:13: ... argument does not escape
./sched_runnext_waitgroup.go:35:14: "main unlocks" escapes to heap
./sched_runnext_waitgroup.go:37:13: ... argument does not escape
./sched_runnext_waitgroup.go:37:14: "main after unlock" escapes to heap
./sched_runnext_waitgroup.go:40:5: func literal escapes to heap
./sched_runnext_waitgroup.go:42:15: ... argument does not escape
./sched_runnext_waitgroup.go:42:16: "got" escapes to heap
./sched_runnext_waitgroup.go:42:16: v escapes to heap
./sched_runnext_waitgroup.go:48:14: ... argument does not escape
./sched_runnext_waitgroup.go:48:15: "sent" escapes to heap
./sched_runnext_waitgroup.go:48:15: i escapes to heap
