./rand_custom_source.go:30:23: devirtualizing src.Int63 to *counter
./rand_custom_source.go:11:7: c does not escape
./rand_custom_source.go:12:7: c does not escape
./rand_custom_source.go:17:7: w does not escape
./rand_custom_source.go:25:48: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_custom_source.go:25:48: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_custom_source.go:20:16: &counter{} escapes to heap
./rand_custom_source.go:21:13: ... argument does not escape
./rand_custom_source.go:21:21: (*rand.Rand).Int63(r) escapes to heap
./rand_custom_source.go:21:31: (*rand.Rand).Intn(r, 10) escapes to heap
./rand_custom_source.go:21:45: (*rand.Rand).Uint32(r) escapes to heap
./rand_custom_source.go:21:56: (*rand.Rand).Int31(r) escapes to heap
./rand_custom_source.go:21:68: (*rand.Rand).Uint64(r) escapes to heap
./rand_custom_source.go:23:13: ... argument does not escape
./rand_custom_source.go:23:21: (*rand.Rand).Int63(r) escapes to heap
./rand_custom_source.go:23:34: (*rand.Rand).Float64(r) escapes to heap
./rand_custom_source.go:24:12: []int{...} escapes to heap
./rand_custom_source.go:25:20: func literal does not escape
./rand_custom_source.go:26:13: ... argument does not escape
./rand_custom_source.go:26:13: s escapes to heap
./rand_custom_source.go:26:23: (*rand.Rand).Perm(r, 4) escapes to heap
./rand_custom_source.go:27:16: &wide{} escapes to heap
./rand_custom_source.go:28:13: ... argument does not escape
./rand_custom_source.go:28:22: (*rand.Rand).Uint64(w) escapes to heap
./rand_custom_source.go:28:33: (*rand.Rand).Int63(w) escapes to heap
./rand_custom_source.go:29:24: &counter{...} does not escape
./rand_custom_source.go:30:13: ... argument does not escape
./rand_custom_source.go:30:23: (*counter).Int63(src.(*counter)) escapes to heap
