./sched_runnext_unbuffered_send.go:14:6: moved to heap: wg
./sched_runnext_unbuffered_send.go:29:6: moved to heap: mu
./sched_runnext_unbuffered_send.go:16:5: func literal escapes to heap
./sched_runnext_unbuffered_send.go:19:15: ... argument does not escape
./sched_runnext_unbuffered_send.go:19:16: "recv" escapes to heap
./sched_runnext_unbuffered_send.go:19:16: s escapes to heap
./sched_runnext_unbuffered_send.go:21:14: ... argument does not escape
./sched_runnext_unbuffered_send.go:21:15: "closed" escapes to heap
./sched_runnext_unbuffered_send.go:23:28: []string{...} does not escape
./sched_runnext_unbuffered_send.go:24:14: ... argument does not escape
./sched_runnext_unbuffered_send.go:24:15: "send" escapes to heap
./sched_runnext_unbuffered_send.go:24:15: s escapes to heap
./sched_runnext_unbuffered_send.go:33:6: func literal escapes to heap
./sched_runnext_unbuffered_send.go:36:15: ... argument does not escape
./sched_runnext_unbuffered_send.go:36:16: "locked by" escapes to heap
./sched_runnext_unbuffered_send.go:36:16: i escapes to heap
./sched_runnext_unbuffered_send.go:41:13: ... argument does not escape
./sched_runnext_unbuffered_send.go:41:14: "main unlocks" escapes to heap
