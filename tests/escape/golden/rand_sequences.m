./rand_sequences.go:31:51: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_sequences.go:31:51: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_sequences.go:10:30: []int64{...} does not escape
./rand_sequences.go:17:14: ... argument does not escape
./rand_sequences.go:17:14: seed escapes to heap
./rand_sequences.go:17:14: dice escapes to heap
./rand_sequences.go:17:31: deck[:8] escapes to heap
./rand_sequences.go:17:45: (*rand.Rand).Int63n(r, 1 << 62 + 7) escapes to heap
./rand_sequences.go:17:64: (*rand.Rand).Int31n(r, 1 << 30 + 3) escapes to heap
./rand_sequences.go:20:12: []int{...} escapes to heap
./rand_sequences.go:22:12: []int{...} escapes to heap
./rand_sequences.go:23:13: ... argument does not escape
./rand_sequences.go:23:13: a escapes to heap
./rand_sequences.go:23:13: b escapes to heap
./rand_sequences.go:25:13: ... argument does not escape
./rand_sequences.go:25:23: rand.Intn(1 << 40) escapes to heap
./rand_sequences.go:25:43: rand.Int63n(3) escapes to heap
./rand_sequences.go:25:59: rand.Int63n(1 << 33) escapes to heap
./rand_sequences.go:27:11: make([]int, 1000) escapes to heap
./rand_sequences.go:31:23: func literal does not escape
./rand_sequences.go:36:13: ... argument does not escape
./rand_sequences.go:36:15: s[:10] escapes to heap
./rand_sequences.go:36:15: sum escapes to heap
