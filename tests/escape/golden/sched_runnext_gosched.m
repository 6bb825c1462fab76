./sched_runnext_gosched.go:13:17: "f runs first" escapes to heap
./sched_runnext_gosched.go:13:16: ... argument does not escape
./sched_runnext_gosched.go:15:13: ... argument does not escape
./sched_runnext_gosched.go:15:14: "main after Gosched" escapes to heap
./sched_runnext_gosched.go:18:6: func literal escapes to heap
./sched_runnext_gosched.go:19:15: ... argument does not escape
./sched_runnext_gosched.go:19:16: "worker" escapes to heap
./sched_runnext_gosched.go:19:16: i escapes to heap
./sched_runnext_gosched.go:24:14: ... argument does not escape
./sched_runnext_gosched.go:24:15: "received" escapes to heap
./sched_runnext_gosched.go:24:27: <-done escapes to heap
./sched_runnext_gosched.go:27:6: func literal escapes to heap
./sched_runnext_gosched.go:27:31: ... argument does not escape
./sched_runnext_gosched.go:27:32: "yielded to" escapes to heap
./sched_runnext_gosched.go:27:32: i escapes to heap
./sched_runnext_gosched.go:30:13: ... argument does not escape
./sched_runnext_gosched.go:30:14: "end" escapes to heap
