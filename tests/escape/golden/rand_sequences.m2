./rand_sequences.go:31:51: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_sequences.go:31:51: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_sequences.go:27:2: main capturing by value: s (addr=false assign=false width=24)
./rand_sequences.go:36:15: sum escapes to heap:
./rand_sequences.go:36:15:   flow: {storage for ... argument} = &{storage for sum}:
./rand_sequences.go:36:15:     from sum (spill) at ./rand_sequences.go:36:15
./rand_sequences.go:36:15:     from ... argument (slice-literal-element) at ./rand_sequences.go:36:13
./rand_sequences.go:36:15:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:36:15:     from ... argument (spill) at ./rand_sequences.go:36:13
./rand_sequences.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:36:13
./rand_sequences.go:36:15: s[:10] escapes to heap:
./rand_sequences.go:36:15:   flow: {storage for ... argument} = &{storage for s[:10]}:
./rand_sequences.go:36:15:     from s[:10] (spill) at ./rand_sequences.go:36:15
./rand_sequences.go:36:15:     from ... argument (slice-literal-element) at ./rand_sequences.go:36:13
./rand_sequences.go:36:15:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:36:15:     from ... argument (spill) at ./rand_sequences.go:36:13
./rand_sequences.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:36:13
./rand_sequences.go:25:59: rand.Int63n(1 << 33) escapes to heap:
./rand_sequences.go:25:59:   flow: {storage for ... argument} = &{storage for rand.Int63n(1 << 33)}:
./rand_sequences.go:25:59:     from rand.Int63n(1 << 33) (spill) at ./rand_sequences.go:25:59
./rand_sequences.go:25:59:     from ... argument (slice-literal-element) at ./rand_sequences.go:25:13
./rand_sequences.go:25:59:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:25:59:     from ... argument (spill) at ./rand_sequences.go:25:13
./rand_sequences.go:25:59:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:25:13
./rand_sequences.go:25:43: rand.Int63n(3) escapes to heap:
./rand_sequences.go:25:43:   flow: {storage for ... argument} = &{storage for rand.Int63n(3)}:
./rand_sequences.go:25:43:     from rand.Int63n(3) (spill) at ./rand_sequences.go:25:43
./rand_sequences.go:25:43:     from ... argument (slice-literal-element) at ./rand_sequences.go:25:13
./rand_sequences.go:25:43:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:25:43:     from ... argument (spill) at ./rand_sequences.go:25:13
./rand_sequences.go:25:43:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:25:13
./rand_sequences.go:25:23: rand.Intn(1 << 40) escapes to heap:
./rand_sequences.go:25:23:   flow: {storage for ... argument} = &{storage for rand.Intn(1 << 40)}:
./rand_sequences.go:25:23:     from rand.Intn(1 << 40) (spill) at ./rand_sequences.go:25:23
./rand_sequences.go:25:23:     from ... argument (slice-literal-element) at ./rand_sequences.go:25:13
./rand_sequences.go:25:23:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:25:23:     from ... argument (spill) at ./rand_sequences.go:25:13
./rand_sequences.go:25:23:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:25:13
./rand_sequences.go:23:13: b escapes to heap:
./rand_sequences.go:23:13:   flow: {storage for ... argument} = &{storage for b}:
./rand_sequences.go:23:13:     from b (spill) at ./rand_sequences.go:23:13
./rand_sequences.go:23:13:     from ... argument (slice-literal-element) at ./rand_sequences.go:23:13
./rand_sequences.go:23:13:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:23:13:     from ... argument (spill) at ./rand_sequences.go:23:13
./rand_sequences.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:23:13
./rand_sequences.go:23:13: a escapes to heap:
./rand_sequences.go:23:13:   flow: {storage for ... argument} = &{storage for a}:
./rand_sequences.go:23:13:     from a (spill) at ./rand_sequences.go:23:13
./rand_sequences.go:23:13:     from ... argument (slice-literal-element) at ./rand_sequences.go:23:13
./rand_sequences.go:23:13:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:23:13:     from ... argument (spill) at ./rand_sequences.go:23:13
./rand_sequences.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:23:13
./rand_sequences.go:17:64: (*rand.Rand).Int31n(r, 1 << 30 + 3) escapes to heap:
./rand_sequences.go:17:64:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Int31n(r, 1 << 30 + 3)}:
./rand_sequences.go:17:64:     from (*rand.Rand).Int31n(r, 1 << 30 + 3) (spill) at ./rand_sequences.go:17:64
./rand_sequences.go:17:64:     from ... argument (slice-literal-element) at ./rand_sequences.go:17:14
./rand_sequences.go:17:64:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:17:64:     from ... argument (spill) at ./rand_sequences.go:17:14
./rand_sequences.go:17:64:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:17:14
./rand_sequences.go:17:45: (*rand.Rand).Int63n(r, 1 << 62 + 7) escapes to heap:
./rand_sequences.go:17:45:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Int63n(r, 1 << 62 + 7)}:
./rand_sequences.go:17:45:     from (*rand.Rand).Int63n(r, 1 << 62 + 7) (spill) at ./rand_sequences.go:17:45
./rand_sequences.go:17:45:     from ... argument (slice-literal-element) at ./rand_sequences.go:17:14
./rand_sequences.go:17:45:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:17:45:     from ... argument (spill) at ./rand_sequences.go:17:14
./rand_sequences.go:17:45:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:17:14
./rand_sequences.go:17:31: deck[:8] escapes to heap:
./rand_sequences.go:17:31:   flow: {storage for ... argument} = &{storage for deck[:8]}:
./rand_sequences.go:17:31:     from deck[:8] (spill) at ./rand_sequences.go:17:31
./rand_sequences.go:17:31:     from ... argument (slice-literal-element) at ./rand_sequences.go:17:14
./rand_sequences.go:17:31:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:17:31:     from ... argument (spill) at ./rand_sequences.go:17:14
./rand_sequences.go:17:31:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:17:14
./rand_sequences.go:17:14: dice escapes to heap:
./rand_sequences.go:17:14:   flow: {storage for ... argument} = &{storage for dice}:
./rand_sequences.go:17:14:     from dice (spill) at ./rand_sequences.go:17:14
./rand_sequences.go:17:14:     from ... argument (slice-literal-element) at ./rand_sequences.go:17:14
./rand_sequences.go:17:14:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:17:14:     from ... argument (spill) at ./rand_sequences.go:17:14
./rand_sequences.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:17:14
./rand_sequences.go:17:14: seed escapes to heap:
./rand_sequences.go:17:14:   flow: {storage for ... argument} = &{storage for seed}:
./rand_sequences.go:17:14:     from seed (spill) at ./rand_sequences.go:17:14
./rand_sequences.go:17:14:     from ... argument (slice-literal-element) at ./rand_sequences.go:17:14
./rand_sequences.go:17:14:   flow: {heap} = {storage for ... argument}:
./rand_sequences.go:17:14:     from ... argument (spill) at ./rand_sequences.go:17:14
./rand_sequences.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./rand_sequences.go:17:14
./rand_sequences.go:27:11: make([]int, 1000) escapes to heap:
./rand_sequences.go:27:11:   flow: s = &{storage for make([]int, 1000)}:
./rand_sequences.go:27:11:     from make([]int, 1000) (spill) at ./rand_sequences.go:27:11
./rand_sequences.go:27:11:     from s := make([]int, 1000) (assign) at ./rand_sequences.go:27:4
./rand_sequences.go:27:11:   flow: {storage for s[:10]} = s:
./rand_sequences.go:27:11:     from s[:10] (slice) at ./rand_sequences.go:36:15
./rand_sequences.go:27:11:     from s[:10] (interface-converted) at ./rand_sequences.go:36:15
./rand_sequences.go:22:12: []int{...} escapes to heap:
./rand_sequences.go:22:12:   flow: b = &{storage for []int{...}}:
./rand_sequences.go:22:12:     from []int{...} (spill) at ./rand_sequences.go:22:12
./rand_sequences.go:22:12:     from b := []int{...} (assign) at ./rand_sequences.go:22:4
./rand_sequences.go:22:12:   flow: {storage for b} = b:
./rand_sequences.go:22:12:     from b (interface-converted) at ./rand_sequences.go:23:13
./rand_sequences.go:20:12: []int{...} escapes to heap:
./rand_sequences.go:20:12:   flow: a = &{storage for []int{...}}:
./rand_sequences.go:20:12:     from []int{...} (spill) at ./rand_sequences.go:20:12
./rand_sequences.go:20:12:     from a := []int{...} (assign) at ./rand_sequences.go:20:4
./rand_sequences.go:20:12:   flow: {storage for a} = a:
./rand_sequences.go:20:12:     from a (interface-converted) at ./rand_sequences.go:23:13
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
