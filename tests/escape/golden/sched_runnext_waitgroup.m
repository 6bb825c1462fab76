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
