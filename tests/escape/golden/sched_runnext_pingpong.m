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
