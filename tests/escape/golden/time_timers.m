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
