./rand_basic.go:13:51: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_basic.go:13:51: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_basic.go:12:2: main capturing by value: s (addr=false assign=false width=24)
./rand_basic.go:32:13: sum escapes to heap:
./rand_basic.go:32:13:   flow: {storage for ... argument} = &{storage for sum}:
./rand_basic.go:32:13:     from sum (spill) at ./rand_basic.go:32:13
./rand_basic.go:32:13:     from ... argument (slice-literal-element) at ./rand_basic.go:32:12
./rand_basic.go:32:13:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:32:13:     from ... argument (spill) at ./rand_basic.go:32:12
./rand_basic.go:32:13:     from fmt.Printf("%.10f\n", ... argument...) (call parameter) at ./rand_basic.go:32:12
./rand_basic.go:27:20: (*rand.Rand).Intn(r, 10) escapes to heap:
./rand_basic.go:27:20:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Intn(r, 10)}:
./rand_basic.go:27:20:     from (*rand.Rand).Intn(r, 10) (spill) at ./rand_basic.go:27:20
./rand_basic.go:27:20:     from ... argument (slice-literal-element) at ./rand_basic.go:27:13
./rand_basic.go:27:20:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:27:20:     from ... argument (spill) at ./rand_basic.go:27:13
./rand_basic.go:27:20:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:27:13
./rand_basic.go:25:23: src.Int63() escapes to heap:
./rand_basic.go:25:23:   flow: {storage for ... argument} = &{storage for src.Int63()}:
./rand_basic.go:25:23:     from src.Int63() (spill) at ./rand_basic.go:25:23
./rand_basic.go:25:23:     from ... argument (slice-literal-element) at ./rand_basic.go:25:13
./rand_basic.go:25:23:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:25:23:     from ... argument (spill) at ./rand_basic.go:25:13
./rand_basic.go:25:23:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:25:13
./rand_basic.go:23:23: src.Int63() escapes to heap:
./rand_basic.go:23:23:   flow: {storage for ... argument} = &{storage for src.Int63()}:
./rand_basic.go:23:23:     from src.Int63() (spill) at ./rand_basic.go:23:23
./rand_basic.go:23:23:     from ... argument (slice-literal-element) at ./rand_basic.go:23:13
./rand_basic.go:23:23:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:23:23:     from ... argument (spill) at ./rand_basic.go:23:13
./rand_basic.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:23:13
./rand_basic.go:21:69: (*rand.Rand).Uint64(r) escapes to heap:
./rand_basic.go:21:69:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Uint64(r)}:
./rand_basic.go:21:69:     from (*rand.Rand).Uint64(r) (spill) at ./rand_basic.go:21:69
./rand_basic.go:21:69:     from ... argument (slice-literal-element) at ./rand_basic.go:21:13
./rand_basic.go:21:69:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:21:69:     from ... argument (spill) at ./rand_basic.go:21:13
./rand_basic.go:21:69:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:21:13
./rand_basic.go:21:56: (*rand.Rand).Perm(r, 5) escapes to heap:
./rand_basic.go:21:56:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Perm(r, 5)}:
./rand_basic.go:21:56:     from (*rand.Rand).Perm(r, 5) (spill) at ./rand_basic.go:21:56
./rand_basic.go:21:56:     from ... argument (slice-literal-element) at ./rand_basic.go:21:13
./rand_basic.go:21:56:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:21:56:     from ... argument (spill) at ./rand_basic.go:21:13
./rand_basic.go:21:56:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:21:13
./rand_basic.go:21:46: (*rand.Rand).Float64(r) escapes to heap:
./rand_basic.go:21:46:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Float64(r)}:
./rand_basic.go:21:46:     from (*rand.Rand).Float64(r) (spill) at ./rand_basic.go:21:46
./rand_basic.go:21:46:     from ... argument (slice-literal-element) at ./rand_basic.go:21:13
./rand_basic.go:21:46:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:21:46:     from ... argument (spill) at ./rand_basic.go:21:13
./rand_basic.go:21:46:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:21:13
./rand_basic.go:21:33: (*rand.Rand).Int63(r) escapes to heap:
./rand_basic.go:21:33:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Int63(r)}:
./rand_basic.go:21:33:     from (*rand.Rand).Int63(r) (spill) at ./rand_basic.go:21:33
./rand_basic.go:21:33:     from ... argument (slice-literal-element) at ./rand_basic.go:21:13
./rand_basic.go:21:33:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:21:33:     from ... argument (spill) at ./rand_basic.go:21:13
./rand_basic.go:21:33:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:21:13
./rand_basic.go:21:20: (*rand.Rand).Intn(r, 10) escapes to heap:
./rand_basic.go:21:20:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Intn(r, 10)}:
./rand_basic.go:21:20:     from (*rand.Rand).Intn(r, 10) (spill) at ./rand_basic.go:21:20
./rand_basic.go:21:20:     from ... argument (slice-literal-element) at ./rand_basic.go:21:13
./rand_basic.go:21:20:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:21:20:     from ... argument (spill) at ./rand_basic.go:21:13
./rand_basic.go:21:20:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:21:13
./rand_basic.go:19:40: rand.Intn(1 << 40) escapes to heap:
./rand_basic.go:19:40:   flow: {storage for ... argument} = &{storage for rand.Intn(1 << 40)}:
./rand_basic.go:19:40:     from rand.Intn(1 << 40) (spill) at ./rand_basic.go:19:40
./rand_basic.go:19:40:     from ... argument (slice-literal-element) at ./rand_basic.go:19:13
./rand_basic.go:19:40:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:19:40:     from ... argument (spill) at ./rand_basic.go:19:13
./rand_basic.go:19:40:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:19:13
./rand_basic.go:19:23: rand.Intn(1000) escapes to heap:
./rand_basic.go:19:23:   flow: {storage for ... argument} = &{storage for rand.Intn(1000)}:
./rand_basic.go:19:23:     from rand.Intn(1000) (spill) at ./rand_basic.go:19:23
./rand_basic.go:19:23:     from ... argument (slice-literal-element) at ./rand_basic.go:19:13
./rand_basic.go:19:23:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:19:23:     from ... argument (spill) at ./rand_basic.go:19:13
./rand_basic.go:19:23:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:19:13
./rand_basic.go:16:50: rand.NormFloat64() escapes to heap:
./rand_basic.go:16:50:   flow: {storage for ... argument} = &{storage for rand.NormFloat64()}:
./rand_basic.go:16:50:     from rand.NormFloat64() (spill) at ./rand_basic.go:16:50
./rand_basic.go:16:50:     from ... argument (slice-literal-element) at ./rand_basic.go:16:14
./rand_basic.go:16:50:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:16:50:     from ... argument (spill) at ./rand_basic.go:16:14
./rand_basic.go:16:50:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:16:14
./rand_basic.go:16:30: rand.ExpFloat64() escapes to heap:
./rand_basic.go:16:30:   flow: {storage for ... argument} = &{storage for rand.ExpFloat64()}:
./rand_basic.go:16:30:     from rand.ExpFloat64() (spill) at ./rand_basic.go:16:30
./rand_basic.go:16:30:     from ... argument (slice-literal-element) at ./rand_basic.go:16:14
./rand_basic.go:16:30:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:16:30:     from ... argument (spill) at ./rand_basic.go:16:14
./rand_basic.go:16:30:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:16:14
./rand_basic.go:14:13: s escapes to heap:
./rand_basic.go:14:13:   flow: {storage for ... argument} = &{storage for s}:
./rand_basic.go:14:13:     from s (spill) at ./rand_basic.go:14:13
./rand_basic.go:14:13:     from ... argument (slice-literal-element) at ./rand_basic.go:14:13
./rand_basic.go:14:13:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:14:13:     from ... argument (spill) at ./rand_basic.go:14:13
./rand_basic.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:14:13
./rand_basic.go:11:23: rand.Perm(10) escapes to heap:
./rand_basic.go:11:23:   flow: {storage for ... argument} = &{storage for rand.Perm(10)}:
./rand_basic.go:11:23:     from rand.Perm(10) (spill) at ./rand_basic.go:11:23
./rand_basic.go:11:23:     from ... argument (slice-literal-element) at ./rand_basic.go:11:13
./rand_basic.go:11:23:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:11:23:     from ... argument (spill) at ./rand_basic.go:11:13
./rand_basic.go:11:23:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:11:13
./rand_basic.go:10:84: rand.Float32() escapes to heap:
./rand_basic.go:10:84:   flow: {storage for ... argument} = &{storage for rand.Float32()}:
./rand_basic.go:10:84:     from rand.Float32() (spill) at ./rand_basic.go:10:84
./rand_basic.go:10:84:     from ... argument (slice-literal-element) at ./rand_basic.go:10:13
./rand_basic.go:10:84:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:10:84:     from ... argument (spill) at ./rand_basic.go:10:13
./rand_basic.go:10:84:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:10:13
./rand_basic.go:10:68: rand.Float64() escapes to heap:
./rand_basic.go:10:68:   flow: {storage for ... argument} = &{storage for rand.Float64()}:
./rand_basic.go:10:68:     from rand.Float64() (spill) at ./rand_basic.go:10:68
./rand_basic.go:10:68:     from ... argument (slice-literal-element) at ./rand_basic.go:10:13
./rand_basic.go:10:68:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:10:68:     from ... argument (spill) at ./rand_basic.go:10:13
./rand_basic.go:10:68:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:10:13
./rand_basic.go:10:50: rand.Int31n(77) escapes to heap:
./rand_basic.go:10:50:   flow: {storage for ... argument} = &{storage for rand.Int31n(77)}:
./rand_basic.go:10:50:     from rand.Int31n(77) (spill) at ./rand_basic.go:10:50
./rand_basic.go:10:50:     from ... argument (slice-literal-element) at ./rand_basic.go:10:13
./rand_basic.go:10:50:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:10:50:     from ... argument (spill) at ./rand_basic.go:10:13
./rand_basic.go:10:50:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:10:13
./rand_basic.go:10:25: rand.Int63n(1000000007) escapes to heap:
./rand_basic.go:10:25:   flow: {storage for ... argument} = &{storage for rand.Int63n(1000000007)}:
./rand_basic.go:10:25:     from rand.Int63n(1000000007) (spill) at ./rand_basic.go:10:25
./rand_basic.go:10:25:     from ... argument (slice-literal-element) at ./rand_basic.go:10:13
./rand_basic.go:10:25:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:10:25:     from ... argument (spill) at ./rand_basic.go:10:13
./rand_basic.go:10:25:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:10:13
./rand_basic.go:9:96: rand.Uint64() escapes to heap:
./rand_basic.go:9:96:   flow: {storage for ... argument} = &{storage for rand.Uint64()}:
./rand_basic.go:9:96:     from rand.Uint64() (spill) at ./rand_basic.go:9:96
./rand_basic.go:9:96:     from ... argument (slice-literal-element) at ./rand_basic.go:9:13
./rand_basic.go:9:96:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:9:96:     from ... argument (spill) at ./rand_basic.go:9:13
./rand_basic.go:9:96:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:9:13
./rand_basic.go:9:81: rand.Uint32() escapes to heap:
./rand_basic.go:9:81:   flow: {storage for ... argument} = &{storage for rand.Uint32()}:
./rand_basic.go:9:81:     from rand.Uint32() (spill) at ./rand_basic.go:9:81
./rand_basic.go:9:81:     from ... argument (slice-literal-element) at ./rand_basic.go:9:13
./rand_basic.go:9:81:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:9:81:     from ... argument (spill) at ./rand_basic.go:9:13
./rand_basic.go:9:81:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:9:13
./rand_basic.go:9:66: rand.Int31() escapes to heap:
./rand_basic.go:9:66:   flow: {storage for ... argument} = &{storage for rand.Int31()}:
./rand_basic.go:9:66:     from rand.Int31() (spill) at ./rand_basic.go:9:66
./rand_basic.go:9:66:     from ... argument (slice-literal-element) at ./rand_basic.go:9:13
./rand_basic.go:9:66:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:9:66:     from ... argument (spill) at ./rand_basic.go:9:13
./rand_basic.go:9:66:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:9:13
./rand_basic.go:9:52: rand.Int63() escapes to heap:
./rand_basic.go:9:52:   flow: {storage for ... argument} = &{storage for rand.Int63()}:
./rand_basic.go:9:52:     from rand.Int63() (spill) at ./rand_basic.go:9:52
./rand_basic.go:9:52:     from ... argument (slice-literal-element) at ./rand_basic.go:9:13
./rand_basic.go:9:52:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:9:52:     from ... argument (spill) at ./rand_basic.go:9:13
./rand_basic.go:9:52:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:9:13
./rand_basic.go:9:35: rand.Intn(100) escapes to heap:
./rand_basic.go:9:35:   flow: {storage for ... argument} = &{storage for rand.Intn(100)}:
./rand_basic.go:9:35:     from rand.Intn(100) (spill) at ./rand_basic.go:9:35
./rand_basic.go:9:35:     from ... argument (slice-literal-element) at ./rand_basic.go:9:13
./rand_basic.go:9:35:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:9:35:     from ... argument (spill) at ./rand_basic.go:9:13
./rand_basic.go:9:35:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:9:13
./rand_basic.go:9:22: rand.Int() escapes to heap:
./rand_basic.go:9:22:   flow: {storage for ... argument} = &{storage for rand.Int()}:
./rand_basic.go:9:22:     from rand.Int() (spill) at ./rand_basic.go:9:22
./rand_basic.go:9:22:     from ... argument (slice-literal-element) at ./rand_basic.go:9:13
./rand_basic.go:9:22:   flow: {heap} = {storage for ... argument}:
./rand_basic.go:9:22:     from ... argument (spill) at ./rand_basic.go:9:13
./rand_basic.go:9:22:     from fmt.Println(... argument...) (call parameter) at ./rand_basic.go:9:13
./rand_basic.go:12:15: []string{...} escapes to heap:
./rand_basic.go:12:15:   flow: s = &{storage for []string{...}}:
./rand_basic.go:12:15:     from []string{...} (spill) at ./rand_basic.go:12:15
./rand_basic.go:12:15:     from s := []string{...} (assign) at ./rand_basic.go:12:4
./rand_basic.go:12:15:   flow: {storage for s} = s:
./rand_basic.go:12:15:     from s (interface-converted) at ./rand_basic.go:14:13
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
