./rand_custom_source.go:30:23: devirtualizing src.Int63 to *counter
./rand_custom_source.go:11:7: c does not escape
./rand_custom_source.go:12:7: c does not escape
./rand_custom_source.go:17:7: w does not escape
./rand_custom_source.go:20:16: &counter{} escapes to heap:
./rand_custom_source.go:20:16:   flow: {heap} = &{storage for &counter{}}:
./rand_custom_source.go:20:16:     from &counter{} (spill) at ./rand_custom_source.go:20:16
./rand_custom_source.go:20:16:     from &counter{} (interface-converted) at ./rand_custom_source.go:20:16
./rand_custom_source.go:20:16:     from rand.New(&counter{}) (call parameter) at ./rand_custom_source.go:20:15
./rand_custom_source.go:25:48: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_custom_source.go:25:48: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./rand_custom_source.go:27:16: &wide{} escapes to heap:
./rand_custom_source.go:27:16:   flow: {heap} = &{storage for &wide{}}:
./rand_custom_source.go:27:16:     from &wide{} (spill) at ./rand_custom_source.go:27:16
./rand_custom_source.go:27:16:     from &wide{} (interface-converted) at ./rand_custom_source.go:27:16
./rand_custom_source.go:27:16:     from rand.New(&wide{}) (call parameter) at ./rand_custom_source.go:27:15
./rand_custom_source.go:24:2: main capturing by value: s (addr=false assign=false width=24)
./rand_custom_source.go:30:23: (*counter).Int63(src.(*counter)) escapes to heap:
./rand_custom_source.go:30:23:   flow: {storage for ... argument} = &{storage for (*counter).Int63(src.(*counter))}:
./rand_custom_source.go:30:23:     from (*counter).Int63(src.(*counter)) (spill) at ./rand_custom_source.go:30:23
./rand_custom_source.go:30:23:     from ... argument (slice-literal-element) at ./rand_custom_source.go:30:13
./rand_custom_source.go:30:23:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:30:23:     from ... argument (spill) at ./rand_custom_source.go:30:13
./rand_custom_source.go:30:23:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:30:13
./rand_custom_source.go:28:33: (*rand.Rand).Int63(w) escapes to heap:
./rand_custom_source.go:28:33:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Int63(w)}:
./rand_custom_source.go:28:33:     from (*rand.Rand).Int63(w) (spill) at ./rand_custom_source.go:28:33
./rand_custom_source.go:28:33:     from ... argument (slice-literal-element) at ./rand_custom_source.go:28:13
./rand_custom_source.go:28:33:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:28:33:     from ... argument (spill) at ./rand_custom_source.go:28:13
./rand_custom_source.go:28:33:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:28:13
./rand_custom_source.go:28:22: (*rand.Rand).Uint64(w) escapes to heap:
./rand_custom_source.go:28:22:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Uint64(w)}:
./rand_custom_source.go:28:22:     from (*rand.Rand).Uint64(w) (spill) at ./rand_custom_source.go:28:22
./rand_custom_source.go:28:22:     from ... argument (slice-literal-element) at ./rand_custom_source.go:28:13
./rand_custom_source.go:28:22:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:28:22:     from ... argument (spill) at ./rand_custom_source.go:28:13
./rand_custom_source.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:28:13
./rand_custom_source.go:26:23: (*rand.Rand).Perm(r, 4) escapes to heap:
./rand_custom_source.go:26:23:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Perm(r, 4)}:
./rand_custom_source.go:26:23:     from (*rand.Rand).Perm(r, 4) (spill) at ./rand_custom_source.go:26:23
./rand_custom_source.go:26:23:     from ... argument (slice-literal-element) at ./rand_custom_source.go:26:13
./rand_custom_source.go:26:23:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:26:23:     from ... argument (spill) at ./rand_custom_source.go:26:13
./rand_custom_source.go:26:23:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:26:13
./rand_custom_source.go:26:13: s escapes to heap:
./rand_custom_source.go:26:13:   flow: {storage for ... argument} = &{storage for s}:
./rand_custom_source.go:26:13:     from s (spill) at ./rand_custom_source.go:26:13
./rand_custom_source.go:26:13:     from ... argument (slice-literal-element) at ./rand_custom_source.go:26:13
./rand_custom_source.go:26:13:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:26:13:     from ... argument (spill) at ./rand_custom_source.go:26:13
./rand_custom_source.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:26:13
./rand_custom_source.go:23:34: (*rand.Rand).Float64(r) escapes to heap:
./rand_custom_source.go:23:34:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Float64(r)}:
./rand_custom_source.go:23:34:     from (*rand.Rand).Float64(r) (spill) at ./rand_custom_source.go:23:34
./rand_custom_source.go:23:34:     from ... argument (slice-literal-element) at ./rand_custom_source.go:23:13
./rand_custom_source.go:23:34:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:23:34:     from ... argument (spill) at ./rand_custom_source.go:23:13
./rand_custom_source.go:23:34:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:23:13
./rand_custom_source.go:23:21: (*rand.Rand).Int63(r) escapes to heap:
./rand_custom_source.go:23:21:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Int63(r)}:
./rand_custom_source.go:23:21:     from (*rand.Rand).Int63(r) (spill) at ./rand_custom_source.go:23:21
./rand_custom_source.go:23:21:     from ... argument (slice-literal-element) at ./rand_custom_source.go:23:13
./rand_custom_source.go:23:21:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:23:21:     from ... argument (spill) at ./rand_custom_source.go:23:13
./rand_custom_source.go:23:21:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:23:13
./rand_custom_source.go:21:68: (*rand.Rand).Uint64(r) escapes to heap:
./rand_custom_source.go:21:68:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Uint64(r)}:
./rand_custom_source.go:21:68:     from (*rand.Rand).Uint64(r) (spill) at ./rand_custom_source.go:21:68
./rand_custom_source.go:21:68:     from ... argument (slice-literal-element) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:68:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:21:68:     from ... argument (spill) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:68:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:56: (*rand.Rand).Int31(r) escapes to heap:
./rand_custom_source.go:21:56:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Int31(r)}:
./rand_custom_source.go:21:56:     from (*rand.Rand).Int31(r) (spill) at ./rand_custom_source.go:21:56
./rand_custom_source.go:21:56:     from ... argument (slice-literal-element) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:56:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:21:56:     from ... argument (spill) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:56:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:45: (*rand.Rand).Uint32(r) escapes to heap:
./rand_custom_source.go:21:45:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Uint32(r)}:
./rand_custom_source.go:21:45:     from (*rand.Rand).Uint32(r) (spill) at ./rand_custom_source.go:21:45
./rand_custom_source.go:21:45:     from ... argument (slice-literal-element) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:45:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:21:45:     from ... argument (spill) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:45:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:31: (*rand.Rand).Intn(r, 10) escapes to heap:
./rand_custom_source.go:21:31:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Intn(r, 10)}:
./rand_custom_source.go:21:31:     from (*rand.Rand).Intn(r, 10) (spill) at ./rand_custom_source.go:21:31
./rand_custom_source.go:21:31:     from ... argument (slice-literal-element) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:31:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:21:31:     from ... argument (spill) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:31:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:21: (*rand.Rand).Int63(r) escapes to heap:
./rand_custom_source.go:21:21:   flow: {storage for ... argument} = &{storage for (*rand.Rand).Int63(r)}:
./rand_custom_source.go:21:21:     from (*rand.Rand).Int63(r) (spill) at ./rand_custom_source.go:21:21
./rand_custom_source.go:21:21:     from ... argument (slice-literal-element) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:21:   flow: {heap} = {storage for ... argument}:
./rand_custom_source.go:21:21:     from ... argument (spill) at ./rand_custom_source.go:21:13
./rand_custom_source.go:21:21:     from fmt.Println(... argument...) (call parameter) at ./rand_custom_source.go:21:13
./rand_custom_source.go:24:12: []int{...} escapes to heap:
./rand_custom_source.go:24:12:   flow: s = &{storage for []int{...}}:
./rand_custom_source.go:24:12:     from []int{...} (spill) at ./rand_custom_source.go:24:12
./rand_custom_source.go:24:12:     from s := []int{...} (assign) at ./rand_custom_source.go:24:4
./rand_custom_source.go:24:12:   flow: {storage for s} = s:
./rand_custom_source.go:24:12:     from s (interface-converted) at ./rand_custom_source.go:26:13
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
