./sched_runnext_token_ring.go:14:15: make([]chan int, n + 1) escapes to heap
./sched_runnext_token_ring.go:19:6: func literal escapes to heap
./sched_runnext_token_ring.go:21:16: ... argument does not escape
./sched_runnext_token_ring.go:21:17: "node" escapes to heap
./sched_runnext_token_ring.go:21:17: i escapes to heap
./sched_runnext_token_ring.go:21:28: "forwards" escapes to heap
./sched_runnext_token_ring.go:21:28: v escapes to heap
./sched_runnext_token_ring.go:28:14: ... argument does not escape
./sched_runnext_token_ring.go:28:15: "round" escapes to heap
./sched_runnext_token_ring.go:28:15: round escapes to heap
./sched_runnext_token_ring.go:30:14: ... argument does not escape
./sched_runnext_token_ring.go:30:15: "back:" escapes to heap
./sched_runnext_token_ring.go:30:24: <-chans[n] escapes to heap
./sched_runnext_token_ring.go:34:13: ... argument does not escape
./sched_runnext_token_ring.go:34:14: "ring closed:" escapes to heap
./sched_runnext_token_ring.go:34:30: !ok escapes to heap
