./map_key_types.go:61:25: sk["a\x00"] escapes to heap:
./map_key_types.go:61:25:   flow: {storage for ... argument} = &{storage for sk["a\x00"]}:
./map_key_types.go:61:25:     from sk["a\x00"] (spill) at ./map_key_types.go:61:25
./map_key_types.go:61:25:     from ... argument (slice-literal-element) at ./map_key_types.go:61:13
./map_key_types.go:61:25:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:61:25:     from ... argument (spill) at ./map_key_types.go:61:13
./map_key_types.go:61:25:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:61:13
./map_key_types.go:61:17: len(sk) escapes to heap:
./map_key_types.go:61:17:   flow: {storage for ... argument} = &{storage for len(sk)}:
./map_key_types.go:61:17:     from len(sk) (spill) at ./map_key_types.go:61:17
./map_key_types.go:61:17:     from ... argument (slice-literal-element) at ./map_key_types.go:61:13
./map_key_types.go:61:17:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:61:17:     from ... argument (spill) at ./map_key_types.go:61:13
./map_key_types.go:61:17:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:61:13
./map_key_types.go:57:39: big[7 << 40] escapes to heap:
./map_key_types.go:57:39:   flow: {storage for ... argument} = &{storage for big[7 << 40]}:
./map_key_types.go:57:39:     from big[7 << 40] (spill) at ./map_key_types.go:57:39
./map_key_types.go:57:39:     from ... argument (slice-literal-element) at ./map_key_types.go:57:13
./map_key_types.go:57:39:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:57:39:     from ... argument (spill) at ./map_key_types.go:57:13
./map_key_types.go:57:39:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:57:13
./map_key_types.go:57:27: big[3 << 40] escapes to heap:
./map_key_types.go:57:27:   flow: {storage for ... argument} = &{storage for big[3 << 40]}:
./map_key_types.go:57:27:     from big[3 << 40] (spill) at ./map_key_types.go:57:27
./map_key_types.go:57:27:     from ... argument (slice-literal-element) at ./map_key_types.go:57:13
./map_key_types.go:57:27:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:57:27:     from ... argument (spill) at ./map_key_types.go:57:13
./map_key_types.go:57:27:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:57:13
./map_key_types.go:57:17: len(big) escapes to heap:
./map_key_types.go:57:17:   flow: {storage for ... argument} = &{storage for len(big)}:
./map_key_types.go:57:17:     from len(big) (spill) at ./map_key_types.go:57:17
./map_key_types.go:57:17:     from ... argument (slice-literal-element) at ./map_key_types.go:57:13
./map_key_types.go:57:17:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:57:17:     from ... argument (spill) at ./map_key_types.go:57:13
./map_key_types.go:57:17:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:57:13
./map_key_types.go:50:16: up[0] escapes to heap:
./map_key_types.go:50:16:   flow: {storage for ... argument} = &{storage for up[0]}:
./map_key_types.go:50:16:     from up[0] (spill) at ./map_key_types.go:50:16
./map_key_types.go:50:16:     from ... argument (slice-literal-element) at ./map_key_types.go:50:13
./map_key_types.go:50:16:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:50:16:     from ... argument (spill) at ./map_key_types.go:50:13
./map_key_types.go:50:16:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:50:13
./map_key_types.go:47:25: nm[Name("x")] escapes to heap:
./map_key_types.go:47:25:   flow: {storage for ... argument} = &{storage for nm[Name("x")]}:
./map_key_types.go:47:25:     from nm[Name("x")] (spill) at ./map_key_types.go:47:25
./map_key_types.go:47:25:     from ... argument (slice-literal-element) at ./map_key_types.go:47:13
./map_key_types.go:47:25:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:47:25:     from ... argument (spill) at ./map_key_types.go:47:13
./map_key_types.go:47:25:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:47:13
./map_key_types.go:47:16: nm["x"] escapes to heap:
./map_key_types.go:47:16:   flow: {storage for ... argument} = &{storage for nm["x"]}:
./map_key_types.go:47:16:     from nm["x"] (spill) at ./map_key_types.go:47:16
./map_key_types.go:47:16:     from ... argument (slice-literal-element) at ./map_key_types.go:47:13
./map_key_types.go:47:16:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:47:16:     from ... argument (spill) at ./map_key_types.go:47:13
./map_key_types.go:47:16:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:47:13
./map_key_types.go:43:25: map[Color]string{...} escapes to heap:
./map_key_types.go:43:25:   flow: col = &{storage for map[Color]string{...}}:
./map_key_types.go:43:25:     from map[Color]string{...} (spill) at ./map_key_types.go:43:25
./map_key_types.go:43:25:     from col := map[Color]string{...} (assign) at ./map_key_types.go:43:6
./map_key_types.go:43:25:   flow: {storage for ... argument} = col:
./map_key_types.go:43:25:     from col (interface-converted) at ./map_key_types.go:44:36
./map_key_types.go:43:25:     from ... argument (slice-literal-element) at ./map_key_types.go:44:13
./map_key_types.go:43:25:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:43:25:     from ... argument (spill) at ./map_key_types.go:44:13
./map_key_types.go:43:25:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:44:13
./map_key_types.go:44:36: col[Green] == "" escapes to heap:
./map_key_types.go:44:36:   flow: {storage for ... argument} = &{storage for col[Green] == ""}:
./map_key_types.go:44:36:     from col[Green] == "" (spill) at ./map_key_types.go:44:36
./map_key_types.go:44:36:     from ... argument (slice-literal-element) at ./map_key_types.go:44:13
./map_key_types.go:44:36:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:44:36:     from ... argument (spill) at ./map_key_types.go:44:13
./map_key_types.go:44:36:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:44:13
./map_key_types.go:44:17: col[Blue] escapes to heap:
./map_key_types.go:44:17:   flow: {storage for ... argument} = &{storage for col[Blue]}:
./map_key_types.go:44:17:     from col[Blue] (spill) at ./map_key_types.go:44:17
./map_key_types.go:44:17:     from ... argument (slice-literal-element) at ./map_key_types.go:44:13
./map_key_types.go:44:17:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:44:17:     from ... argument (spill) at ./map_key_types.go:44:13
./map_key_types.go:44:17:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:44:13
./map_key_types.go:41:28: len(ru) escapes to heap:
./map_key_types.go:41:28:   flow: {storage for ... argument} = &{storage for len(ru)}:
./map_key_types.go:41:28:     from len(ru) (spill) at ./map_key_types.go:41:28
./map_key_types.go:41:28:     from ... argument (slice-literal-element) at ./map_key_types.go:41:13
./map_key_types.go:41:28:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:41:28:     from ... argument (spill) at ./map_key_types.go:41:13
./map_key_types.go:41:28:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:41:13
./map_key_types.go:41:16: ru['世'] escapes to heap:
./map_key_types.go:41:16:   flow: {storage for ... argument} = &{storage for ru['世']}:
./map_key_types.go:41:16:     from ru['世'] (spill) at ./map_key_types.go:41:16
./map_key_types.go:41:16:     from ... argument (slice-literal-element) at ./map_key_types.go:41:13
./map_key_types.go:41:16:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:41:16:     from ... argument (spill) at ./map_key_types.go:41:13
./map_key_types.go:41:16:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:41:13
./map_key_types.go:38:53: len(by) escapes to heap:
./map_key_types.go:38:53:   flow: {storage for ... argument} = &{storage for len(by)}:
./map_key_types.go:38:53:     from len(by) (spill) at ./map_key_types.go:38:53
./map_key_types.go:38:53:     from ... argument (slice-literal-element) at ./map_key_types.go:38:13
./map_key_types.go:38:53:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:38:53:     from ... argument (spill) at ./map_key_types.go:38:13
./map_key_types.go:38:53:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:38:13
./map_key_types.go:38:43: by['m'] escapes to heap:
./map_key_types.go:38:43:   flow: {storage for ... argument} = &{storage for by['m']}:
./map_key_types.go:38:43:     from by['m'] (spill) at ./map_key_types.go:38:43
./map_key_types.go:38:43:     from ... argument (slice-literal-element) at ./map_key_types.go:38:13
./map_key_types.go:38:43:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:38:43:     from ... argument (spill) at ./map_key_types.go:38:13
./map_key_types.go:38:43:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:38:13
./map_key_types.go:38:34: by['p'] escapes to heap:
./map_key_types.go:38:34:   flow: {storage for ... argument} = &{storage for by['p']}:
./map_key_types.go:38:34:     from by['p'] (spill) at ./map_key_types.go:38:34
./map_key_types.go:38:34:     from ... argument (slice-literal-element) at ./map_key_types.go:38:13
./map_key_types.go:38:34:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:38:34:     from ... argument (spill) at ./map_key_types.go:38:13
./map_key_types.go:38:34:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:38:13
./map_key_types.go:38:25: by['i'] escapes to heap:
./map_key_types.go:38:25:   flow: {storage for ... argument} = &{storage for by['i']}:
./map_key_types.go:38:25:     from by['i'] (spill) at ./map_key_types.go:38:25
./map_key_types.go:38:25:     from ... argument (slice-literal-element) at ./map_key_types.go:38:13
./map_key_types.go:38:25:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:38:25:     from ... argument (spill) at ./map_key_types.go:38:13
./map_key_types.go:38:25:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:38:13
./map_key_types.go:38:16: by['s'] escapes to heap:
./map_key_types.go:38:16:   flow: {storage for ... argument} = &{storage for by['s']}:
./map_key_types.go:38:16:     from by['s'] (spill) at ./map_key_types.go:38:16
./map_key_types.go:38:16:     from ... argument (slice-literal-element) at ./map_key_types.go:38:13
./map_key_types.go:38:16:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:38:16:     from ... argument (spill) at ./map_key_types.go:38:13
./map_key_types.go:38:16:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:38:13
./map_key_types.go:32:34: bo[false] == "" escapes to heap:
./map_key_types.go:32:34:   flow: {storage for ... argument} = &{storage for bo[false] == ""}:
./map_key_types.go:32:34:     from bo[false] == "" (spill) at ./map_key_types.go:32:34
./map_key_types.go:32:34:     from ... argument (slice-literal-element) at ./map_key_types.go:32:13
./map_key_types.go:32:34:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:32:34:     from ... argument (spill) at ./map_key_types.go:32:13
./map_key_types.go:32:34:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:32:13
./map_key_types.go:32:16: bo[true] escapes to heap:
./map_key_types.go:32:16:   flow: {storage for ... argument} = &{storage for bo[true]}:
./map_key_types.go:32:16:     from bo[true] (spill) at ./map_key_types.go:32:16
./map_key_types.go:32:16:     from ... argument (slice-literal-element) at ./map_key_types.go:32:13
./map_key_types.go:32:16:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:32:16:     from ... argument (spill) at ./map_key_types.go:32:13
./map_key_types.go:32:16:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:32:13
./map_key_types.go:28:24: map[float32]int{...} escapes to heap:
./map_key_types.go:28:24:   flow: f32 = &{storage for map[float32]int{...}}:
./map_key_types.go:28:24:     from map[float32]int{...} (spill) at ./map_key_types.go:28:24
./map_key_types.go:28:24:     from f32 := map[float32]int{...} (assign) at ./map_key_types.go:28:6
./map_key_types.go:28:24:   flow: {storage for ... argument} = f32:
./map_key_types.go:28:24:     from f32 (interface-converted) at ./map_key_types.go:29:27
./map_key_types.go:28:24:     from ... argument (slice-literal-element) at ./map_key_types.go:29:13
./map_key_types.go:28:24:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:28:24:     from ... argument (spill) at ./map_key_types.go:29:13
./map_key_types.go:28:24:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:29:13
./map_key_types.go:29:27: f32[0.5] escapes to heap:
./map_key_types.go:29:27:   flow: {storage for ... argument} = &{storage for f32[0.5]}:
./map_key_types.go:29:27:     from f32[0.5] (spill) at ./map_key_types.go:29:27
./map_key_types.go:29:27:     from ... argument (slice-literal-element) at ./map_key_types.go:29:13
./map_key_types.go:29:27:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:29:27:     from ... argument (spill) at ./map_key_types.go:29:13
./map_key_types.go:29:27:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:29:13
./map_key_types.go:29:17: f32[0.1] escapes to heap:
./map_key_types.go:29:17:   flow: {storage for ... argument} = &{storage for f32[0.1]}:
./map_key_types.go:29:17:     from f32[0.1] (spill) at ./map_key_types.go:29:17
./map_key_types.go:29:17:     from ... argument (slice-literal-element) at ./map_key_types.go:29:13
./map_key_types.go:29:17:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:29:17:     from ... argument (spill) at ./map_key_types.go:29:13
./map_key_types.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:29:13
./map_key_types.go:26:30: i64[0] escapes to heap:
./map_key_types.go:26:30:   flow: {storage for ... argument} = &{storage for i64[0]}:
./map_key_types.go:26:30:     from i64[0] (spill) at ./map_key_types.go:26:30
./map_key_types.go:26:30:     from ... argument (slice-literal-element) at ./map_key_types.go:26:13
./map_key_types.go:26:30:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:26:30:     from ... argument (spill) at ./map_key_types.go:26:13
./map_key_types.go:26:30:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:26:13
./map_key_types.go:26:17: i64[-1 << 63] escapes to heap:
./map_key_types.go:26:17:   flow: {storage for ... argument} = &{storage for i64[-1 << 63]}:
./map_key_types.go:26:17:     from i64[-1 << 63] (spill) at ./map_key_types.go:26:17
./map_key_types.go:26:17:     from ... argument (slice-literal-element) at ./map_key_types.go:26:13
./map_key_types.go:26:17:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:26:17:     from ... argument (spill) at ./map_key_types.go:26:13
./map_key_types.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:26:13
./map_key_types.go:23:29: len(u64) escapes to heap:
./map_key_types.go:23:29:   flow: {storage for ... argument} = &{storage for len(u64)}:
./map_key_types.go:23:29:     from len(u64) (spill) at ./map_key_types.go:23:29
./map_key_types.go:23:29:     from ... argument (slice-literal-element) at ./map_key_types.go:23:13
./map_key_types.go:23:29:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:23:29:     from ... argument (spill) at ./map_key_types.go:23:13
./map_key_types.go:23:29:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:23:13
./map_key_types.go:23:17: u64[1 << 63] escapes to heap:
./map_key_types.go:23:17:   flow: {storage for ... argument} = &{storage for u64[1 << 63]}:
./map_key_types.go:23:17:     from u64[1 << 63] (spill) at ./map_key_types.go:23:17
./map_key_types.go:23:17:     from ... argument (slice-literal-element) at ./map_key_types.go:23:13
./map_key_types.go:23:17:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:23:17:     from ... argument (spill) at ./map_key_types.go:23:13
./map_key_types.go:23:17:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:23:13
./map_key_types.go:18:20: map[int8]int{...} escapes to heap:
./map_key_types.go:18:20:   flow: i8 = &{storage for map[int8]int{...}}:
./map_key_types.go:18:20:     from map[int8]int{...} (spill) at ./map_key_types.go:18:20
./map_key_types.go:18:20:     from i8 := map[int8]int{...} (assign) at ./map_key_types.go:18:5
./map_key_types.go:18:20:   flow: {storage for ... argument} = i8:
./map_key_types.go:18:20:     from i8 (interface-converted) at ./map_key_types.go:20:13
./map_key_types.go:18:20:     from ... argument (slice-literal-element) at ./map_key_types.go:20:13
./map_key_types.go:18:20:   flow: {heap} = {storage for ... argument}:
./map_key_types.go:18:20:     from ... argument (spill) at ./map_key_types.go:20:13
./map_key_types.go:18:20:     from fmt.Println(... argument...) (call parameter) at ./map_key_types.go:20:13
./map_key_types.go:18:20: map[int8]int{...} escapes to heap
./map_key_types.go:20:13: ... argument does not escape
./map_key_types.go:22:26: map[uint64]string{...} does not escape
./map_key_types.go:23:13: ... argument does not escape
./map_key_types.go:23:17: u64[1 << 63] escapes to heap
./map_key_types.go:23:29: len(u64) escapes to heap
./map_key_types.go:25:23: map[int64]bool{...} does not escape
./map_key_types.go:26:13: ... argument does not escape
./map_key_types.go:26:17: i64[-1 << 63] escapes to heap
./map_key_types.go:26:30: i64[0] escapes to heap
./map_key_types.go:28:24: map[float32]int{...} escapes to heap
./map_key_types.go:29:13: ... argument does not escape
./map_key_types.go:29:17: f32[0.1] escapes to heap
./map_key_types.go:29:27: f32[0.5] escapes to heap
./map_key_types.go:31:23: map[bool]string{...} does not escape
./map_key_types.go:32:13: ... argument does not escape
./map_key_types.go:32:16: bo[true] escapes to heap
./map_key_types.go:32:34: bo[false] == "" escapes to heap
./map_key_types.go:34:20: map[byte]int{} does not escape
./map_key_types.go:35:26: ([]byte)("mississippi") does not escape
./map_key_types.go:38:13: ... argument does not escape
./map_key_types.go:38:16: by['s'] escapes to heap
./map_key_types.go:38:25: by['i'] escapes to heap
./map_key_types.go:38:34: by['p'] escapes to heap
./map_key_types.go:38:43: by['m'] escapes to heap
./map_key_types.go:38:53: len(by) escapes to heap
./map_key_types.go:40:23: map[rune]string{...} does not escape
./map_key_types.go:41:13: ... argument does not escape
./map_key_types.go:41:16: ru['世'] escapes to heap
./map_key_types.go:41:28: len(ru) escapes to heap
./map_key_types.go:43:25: map[Color]string{...} escapes to heap
./map_key_types.go:44:13: ... argument does not escape
./map_key_types.go:44:17: col[Blue] escapes to heap
./map_key_types.go:44:36: col[Green] == "" escapes to heap
./map_key_types.go:46:20: map[Name]int{...} does not escape
./map_key_types.go:47:13: ... argument does not escape
./map_key_types.go:47:16: nm["x"] escapes to heap
./map_key_types.go:47:25: nm[Name("x")] escapes to heap
./map_key_types.go:49:23: map[uintptr]int{...} does not escape
./map_key_types.go:50:13: ... argument does not escape
./map_key_types.go:50:16: up[0] escapes to heap
./map_key_types.go:53:20: map[int]int{} does not escape
./map_key_types.go:57:13: ... argument does not escape
./map_key_types.go:57:17: len(big) escapes to heap
./map_key_types.go:57:27: big[3 << 40] escapes to heap
./map_key_types.go:57:39: big[7 << 40] escapes to heap
./map_key_types.go:60:22: map[string]int{...} does not escape
./map_key_types.go:61:13: ... argument does not escape
./map_key_types.go:61:17: len(sk) escapes to heap
./map_key_types.go:61:25: sk["a\x00"] escapes to heap
