./rand_basic.go:13:51: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_basic.go:13:51: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_basic.go:9:13: ... argument does not escape
./rand_basic.go:9:22: rand.Int() escapes to heap
./rand_basic.go:9:35: rand.Intn(100) escapes to heap
./rand_basic.go:9:52: rand.Int63() escapes to heap
./rand_basic.go:9:66: rand.Int31() escapes to heap
./rand_basic.go:9:81: rand.Uint32() escapes to heap
./rand_basic.go:9:96: rand.Uint64() escapes to heap
./rand_basic.go:10:13: ... argument does not escape
./rand_basic.go:10:25: rand.Int63n(1000000007) escapes to heap
./rand_basic.go:10:50: rand.Int31n(77) escapes to heap
./rand_basic.go:10:68: rand.Float64() escapes to heap
./rand_basic.go:10:84: rand.Float32() escapes to heap
./rand_basic.go:11:13: ... argument does not escape
./rand_basic.go:11:23: rand.Perm(10) escapes to heap
./rand_basic.go:12:15: []string{...} escapes to heap
./rand_basic.go:13:23: func literal does not escape
./rand_basic.go:14:13: ... argument does not escape
./rand_basic.go:14:13: s escapes to heap
./rand_basic.go:16:14: ... argument does not escape
./rand_basic.go:16:30: rand.ExpFloat64() escapes to heap
./rand_basic.go:16:50: rand.NormFloat64() escapes to heap
./rand_basic.go:19:13: ... argument does not escape
./rand_basic.go:19:23: rand.Intn(1000) escapes to heap
./rand_basic.go:19:40: rand.Intn(1 << 40) escapes to heap
./rand_basic.go:21:13: ... argument does not escape
./rand_basic.go:21:20: (*rand.Rand).Intn(r, 10) escapes to heap
./rand_basic.go:21:33: (*rand.Rand).Int63(r) escapes to heap
./rand_basic.go:21:46: (*rand.Rand).Float64(r) escapes to heap
./rand_basic.go:21:56: (*rand.Rand).Perm(r, 5) escapes to heap
./rand_basic.go:21:69: (*rand.Rand).Uint64(r) escapes to heap
./rand_basic.go:23:13: ... argument does not escape
./rand_basic.go:23:23: src.Int63() escapes to heap
./rand_basic.go:25:13: ... argument does not escape
./rand_basic.go:25:23: src.Int63() escapes to heap
./rand_basic.go:27:13: ... argument does not escape
./rand_basic.go:27:20: (*rand.Rand).Intn(r, 10) escapes to heap
./rand_basic.go:32:12: ... argument does not escape
./rand_basic.go:32:13: sum escapes to heap
./rand_basic.go:33:12: ... argument does not escape
