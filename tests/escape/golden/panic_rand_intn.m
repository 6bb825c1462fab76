./panic_rand_intn.go:8:10: leaking param: name
./panic_rand_intn.go:8:23: f does not escape
./panic_rand_intn.go:9:8: func literal does not escape
./panic_rand_intn.go:9:28: ... argument does not escape
./panic_rand_intn.go:9:28: name escapes to heap
./panic_rand_intn.go:9:35: "->" escapes to heap
./panic_rand_intn.go:14:19: func literal does not escape
./panic_rand_intn.go:15:20: func literal does not escape
./panic_rand_intn.go:16:21: func literal does not escape
./panic_rand_intn.go:16:47: func literal does not escape
./panic_rand_intn.go:17:18: func literal does not escape
./panic_rand_intn.go:18:19: func literal does not escape
./panic_rand_intn.go:19:21: func literal does not escape
./panic_rand_intn.go:20:19: func literal does not escape
./panic_rand_intn.go:20:52: fmt.Sprint(... argument...) escapes to heap
./panic_rand_intn.go:20:52: ... argument does not escape
./panic_rand_intn.go:20:53: "swap " escapes to heap
./panic_rand_intn.go:20:53: i escapes to heap
./panic_rand_intn.go:20:53: j escapes to heap
./panic_rand_intn.go:22:13: ... argument does not escape
./panic_rand_intn.go:22:23: rand.Intn(0) escapes to heap
