./conversions.go:55:13: x escapes to heap:
./conversions.go:55:13:   flow: {storage for ... argument} = &{storage for x}:
./conversions.go:55:13:     from x (spill) at ./conversions.go:55:13
./conversions.go:55:13:     from ... argument (slice-literal-element) at ./conversions.go:55:13
./conversions.go:55:13:   flow: {heap} = {storage for ... argument}:
./conversions.go:55:13:     from ... argument (spill) at ./conversions.go:55:13
./conversions.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:55:13
./conversions.go:53:45: uint(c) >> 1 escapes to heap:
./conversions.go:53:45:   flow: {storage for ... argument} = &{storage for uint(c) >> 1}:
./conversions.go:53:45:     from uint(c) >> 1 (spill) at ./conversions.go:53:45
./conversions.go:53:45:     from ... argument (slice-literal-element) at ./conversions.go:53:13
./conversions.go:53:45:   flow: {heap} = {storage for ... argument}:
./conversions.go:53:45:     from ... argument (spill) at ./conversions.go:53:13
./conversions.go:53:45:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:53:13
./conversions.go:53:34: float32(c) / 7 escapes to heap:
./conversions.go:53:34:   flow: {storage for ... argument} = &{storage for float32(c) / 7}:
./conversions.go:53:34:     from float32(c) / 7 (spill) at ./conversions.go:53:34
./conversions.go:53:34:     from ... argument (slice-literal-element) at ./conversions.go:53:13
./conversions.go:53:34:   flow: {heap} = {storage for ... argument}:
./conversions.go:53:34:     from ... argument (spill) at ./conversions.go:53:13
./conversions.go:53:34:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:53:13
./conversions.go:53:19: int16(c) escapes to heap:
./conversions.go:53:19:   flow: {storage for ... argument} = &{storage for int16(c)}:
./conversions.go:53:19:     from int16(c) (spill) at ./conversions.go:53:19
./conversions.go:53:19:     from ... argument (slice-literal-element) at ./conversions.go:53:13
./conversions.go:53:19:   flow: {heap} = {storage for ... argument}:
./conversions.go:53:19:     from ... argument (spill) at ./conversions.go:53:13
./conversions.go:53:19:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:53:13
./conversions.go:49:31: len(string(r)) escapes to heap:
./conversions.go:49:31:   flow: {storage for ... argument} = &{storage for len(string(r))}:
./conversions.go:49:31:     from len(string(r)) (spill) at ./conversions.go:49:31
./conversions.go:49:31:     from ... argument (slice-literal-element) at ./conversions.go:49:13
./conversions.go:49:31:   flow: {heap} = {storage for ... argument}:
./conversions.go:49:31:     from ... argument (spill) at ./conversions.go:49:13
./conversions.go:49:31:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:49:13
./conversions.go:49:23: string(r) escapes to heap:
./conversions.go:49:23:   flow: {storage for ... argument} = &{storage for string(r)}:
./conversions.go:49:23:     from string(r) (spill) at ./conversions.go:49:23
./conversions.go:49:23:     from ... argument (slice-literal-element) at ./conversions.go:49:13
./conversions.go:49:23:   flow: {heap} = {storage for ... argument}:
./conversions.go:49:23:     from ... argument (spill) at ./conversions.go:49:13
./conversions.go:49:23:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:49:13
./conversions.go:49:13: r escapes to heap:
./conversions.go:49:13:   flow: {storage for ... argument} = &{storage for r}:
./conversions.go:49:13:     from r (spill) at ./conversions.go:49:13
./conversions.go:49:13:     from ... argument (slice-literal-element) at ./conversions.go:49:13
./conversions.go:49:13:   flow: {heap} = {storage for ... argument}:
./conversions.go:49:13:     from ... argument (spill) at ./conversions.go:49:13
./conversions.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:49:13
./conversions.go:47:38: string(by) escapes to heap:
./conversions.go:47:38:   flow: {storage for ... argument} = &{storage for string(by)}:
./conversions.go:47:38:     from string(by) (spill) at ./conversions.go:47:38
./conversions.go:47:38:     from ... argument (slice-literal-element) at ./conversions.go:47:13
./conversions.go:47:38:   flow: {heap} = {storage for ... argument}:
./conversions.go:47:38:     from ... argument (spill) at ./conversions.go:47:13
./conversions.go:47:38:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:47:13
./conversions.go:47:20: string(rune(by)) escapes to heap:
./conversions.go:47:20:   flow: {storage for ... argument} = &{storage for string(rune(by))}:
./conversions.go:47:20:     from string(rune(by)) (spill) at ./conversions.go:47:20
./conversions.go:47:20:     from ... argument (slice-literal-element) at ./conversions.go:47:13
./conversions.go:47:20:   flow: {heap} = {storage for ... argument}:
./conversions.go:47:20:     from ... argument (spill) at ./conversions.go:47:13
./conversions.go:47:20:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:47:13
./conversions.go:45:101: string(rune(0x110000)) == "\uFFFD" escapes to heap:
./conversions.go:45:101:   flow: {storage for ... argument} = &{storage for string(rune(0x110000)) == "\uFFFD"}:
./conversions.go:45:101:     from string(rune(0x110000)) == "\uFFFD" (spill) at ./conversions.go:45:101
./conversions.go:45:101:     from ... argument (slice-literal-element) at ./conversions.go:45:13
./conversions.go:45:101:   flow: {heap} = {storage for ... argument}:
./conversions.go:45:101:     from ... argument (spill) at ./conversions.go:45:13
./conversions.go:45:101:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:45:13
./conversions.go:45:65: string(rune(0xD800)) == "\uFFFD" escapes to heap:
./conversions.go:45:65:   flow: {storage for ... argument} = &{storage for string(rune(0xD800)) == "\uFFFD"}:
./conversions.go:45:65:     from string(rune(0xD800)) == "\uFFFD" (spill) at ./conversions.go:45:65
./conversions.go:45:65:     from ... argument (slice-literal-element) at ./conversions.go:45:13
./conversions.go:45:65:   flow: {heap} = {storage for ... argument}:
./conversions.go:45:65:     from ... argument (spill) at ./conversions.go:45:13
./conversions.go:45:65:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:45:13
./conversions.go:45:31: string(rune(-1)) == "\uFFFD" escapes to heap:
./conversions.go:45:31:   flow: {storage for ... argument} = &{storage for string(rune(-1)) == "\uFFFD"}:
./conversions.go:45:31:     from string(rune(-1)) == "\uFFFD" (spill) at ./conversions.go:45:31
./conversions.go:45:31:     from ... argument (slice-literal-element) at ./conversions.go:45:13
./conversions.go:45:31:   flow: {heap} = {storage for ... argument}:
./conversions.go:45:31:     from ... argument (spill) at ./conversions.go:45:13
./conversions.go:45:31:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:45:13
./conversions.go:44:60: string(rune(0x1F600)) escapes to heap:
./conversions.go:44:60:   flow: {storage for ... argument} = &{storage for string(rune(0x1F600))}:
./conversions.go:44:60:     from string(rune(0x1F600)) (spill) at ./conversions.go:44:60
./conversions.go:44:60:     from ... argument (slice-literal-element) at ./conversions.go:44:13
./conversions.go:44:60:   flow: {heap} = {storage for ... argument}:
./conversions.go:44:60:     from ... argument (spill) at ./conversions.go:44:13
./conversions.go:44:60:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:44:13
./conversions.go:44:38: string(rune(0x4e16)) escapes to heap:
./conversions.go:44:38:   flow: {storage for ... argument} = &{storage for string(rune(0x4e16))}:
./conversions.go:44:38:     from string(rune(0x4e16)) (spill) at ./conversions.go:44:38
./conversions.go:44:38:     from ... argument (slice-literal-element) at ./conversions.go:44:13
./conversions.go:44:38:   flow: {heap} = {storage for ... argument}:
./conversions.go:44:38:     from ... argument (spill) at ./conversions.go:44:13
./conversions.go:44:38:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:44:13
./conversions.go:44:20: string(rune(65)) escapes to heap:
./conversions.go:44:20:   flow: {storage for ... argument} = &{storage for string(rune(65))}:
./conversions.go:44:20:     from string(rune(65)) (spill) at ./conversions.go:44:20
./conversions.go:44:20:     from ... argument (slice-literal-element) at ./conversions.go:44:13
./conversions.go:44:20:   flow: {heap} = {storage for ... argument}:
./conversions.go:44:20:     from ... argument (spill) at ./conversions.go:44:13
./conversions.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:44:13
./conversions.go:41:47: float32(1e-45) escapes to heap:
./conversions.go:41:47:   flow: {storage for ... argument} = &{storage for float32(1e-45)}:
./conversions.go:41:47:     from float32(1e-45) (spill) at ./conversions.go:41:47
./conversions.go:41:47:     from ... argument (slice-literal-element) at ./conversions.go:41:13
./conversions.go:41:47:   flow: {heap} = {storage for ... argument}:
./conversions.go:41:47:     from ... argument (spill) at ./conversions.go:41:13
./conversions.go:41:47:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:41:13
./conversions.go:41:21: float64(float32(3.4e38)) escapes to heap:
./conversions.go:41:21:   flow: {storage for ... argument} = &{storage for float64(float32(3.4e38))}:
./conversions.go:41:21:     from float64(float32(3.4e38)) (spill) at ./conversions.go:41:21
./conversions.go:41:21:     from ... argument (slice-literal-element) at ./conversions.go:41:13
./conversions.go:41:21:   flow: {heap} = {storage for ... argument}:
./conversions.go:41:21:     from ... argument (spill) at ./conversions.go:41:13
./conversions.go:41:21:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:41:13
./conversions.go:40:54: float32(16777217.0) escapes to heap:
./conversions.go:40:54:   flow: {storage for ... argument} = &{storage for float32(16777217.0)}:
./conversions.go:40:54:     from float32(16777217.0) (spill) at ./conversions.go:40:54
./conversions.go:40:54:     from ... argument (slice-literal-element) at ./conversions.go:40:13
./conversions.go:40:54:   flow: {heap} = {storage for ... argument}:
./conversions.go:40:54:     from ... argument (spill) at ./conversions.go:40:13
./conversions.go:40:54:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:40:13
./conversions.go:40:33: float32(1.00000005) escapes to heap:
./conversions.go:40:33:   flow: {storage for ... argument} = &{storage for float32(1.00000005)}:
./conversions.go:40:33:     from float32(1.00000005) (spill) at ./conversions.go:40:33
./conversions.go:40:33:     from ... argument (slice-literal-element) at ./conversions.go:40:13
./conversions.go:40:33:   flow: {heap} = {storage for ... argument}:
./conversions.go:40:33:     from ... argument (spill) at ./conversions.go:40:13
./conversions.go:40:33:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:40:13
./conversions.go:40:21: float32(e) escapes to heap:
./conversions.go:40:21:   flow: {storage for ... argument} = &{storage for float32(e)}:
./conversions.go:40:21:     from float32(e) (spill) at ./conversions.go:40:21
./conversions.go:40:21:     from ... argument (slice-literal-element) at ./conversions.go:40:13
./conversions.go:40:21:   flow: {heap} = {storage for ... argument}:
./conversions.go:40:21:     from ... argument (spill) at ./conversions.go:40:13
./conversions.go:40:21:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:40:13
./conversions.go:38:33: float64(float32(d)) escapes to heap:
./conversions.go:38:33:   flow: {storage for ... argument} = &{storage for float64(float32(d))}:
./conversions.go:38:33:     from float64(float32(d)) (spill) at ./conversions.go:38:33
./conversions.go:38:33:     from ... argument (slice-literal-element) at ./conversions.go:38:13
./conversions.go:38:33:   flow: {heap} = {storage for ... argument}:
./conversions.go:38:33:     from ... argument (spill) at ./conversions.go:38:13
./conversions.go:38:33:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:38:13
./conversions.go:38:21: float32(d) escapes to heap:
./conversions.go:38:21:   flow: {storage for ... argument} = &{storage for float32(d)}:
./conversions.go:38:21:     from float32(d) (spill) at ./conversions.go:38:21
./conversions.go:38:21:     from ... argument (slice-literal-element) at ./conversions.go:38:13
./conversions.go:38:21:   flow: {heap} = {storage for ... argument}:
./conversions.go:38:21:     from ... argument (spill) at ./conversions.go:38:13
./conversions.go:38:21:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:38:13
./conversions.go:34:34: float32(um) escapes to heap:
./conversions.go:34:34:   flow: {storage for ... argument} = &{storage for float32(um)}:
./conversions.go:34:34:     from float32(um) (spill) at ./conversions.go:34:34
./conversions.go:34:34:     from ... argument (slice-literal-element) at ./conversions.go:34:13
./conversions.go:34:34:   flow: {heap} = {storage for ... argument}:
./conversions.go:34:34:     from ... argument (spill) at ./conversions.go:34:13
./conversions.go:34:34:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:34:13
./conversions.go:34:21: float64(um) escapes to heap:
./conversions.go:34:21:   flow: {storage for ... argument} = &{storage for float64(um)}:
./conversions.go:34:21:     from float64(um) (spill) at ./conversions.go:34:21
./conversions.go:34:21:     from ... argument (slice-literal-element) at ./conversions.go:34:13
./conversions.go:34:21:   flow: {heap} = {storage for ... argument}:
./conversions.go:34:21:     from ... argument (spill) at ./conversions.go:34:13
./conversions.go:34:21:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:34:13
./conversions.go:32:31: int64(float32(m)) escapes to heap:
./conversions.go:32:31:   flow: {storage for ... argument} = &{storage for int64(float32(m))}:
./conversions.go:32:31:     from int64(float32(m)) (spill) at ./conversions.go:32:31
./conversions.go:32:31:     from ... argument (slice-literal-element) at ./conversions.go:32:13
./conversions.go:32:31:   flow: {heap} = {storage for ... argument}:
./conversions.go:32:31:     from ... argument (spill) at ./conversions.go:32:13
./conversions.go:32:31:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:32:13
./conversions.go:32:21: float32(m) escapes to heap:
./conversions.go:32:21:   flow: {storage for ... argument} = &{storage for float32(m)}:
./conversions.go:32:21:     from float32(m) (spill) at ./conversions.go:32:21
./conversions.go:32:21:     from ... argument (slice-literal-element) at ./conversions.go:32:13
./conversions.go:32:21:   flow: {heap} = {storage for ... argument}:
./conversions.go:32:21:     from ... argument (spill) at ./conversions.go:32:13
./conversions.go:32:21:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:32:13
./conversions.go:30:31: int64(float64(n)) escapes to heap:
./conversions.go:30:31:   flow: {storage for ... argument} = &{storage for int64(float64(n))}:
./conversions.go:30:31:     from int64(float64(n)) (spill) at ./conversions.go:30:31
./conversions.go:30:31:     from ... argument (slice-literal-element) at ./conversions.go:30:13
./conversions.go:30:31:   flow: {heap} = {storage for ... argument}:
./conversions.go:30:31:     from ... argument (spill) at ./conversions.go:30:13
./conversions.go:30:31:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:30:13
./conversions.go:30:21: float64(n) escapes to heap:
./conversions.go:30:21:   flow: {storage for ... argument} = &{storage for float64(n)}:
./conversions.go:30:21:     from float64(n) (spill) at ./conversions.go:30:21
./conversions.go:30:21:     from ... argument (slice-literal-element) at ./conversions.go:30:13
./conversions.go:30:21:   flow: {heap} = {storage for ... argument}:
./conversions.go:30:21:     from ... argument (spill) at ./conversions.go:30:13
./conversions.go:30:21:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:30:13
./conversions.go:26:19: int64(h) escapes to heap:
./conversions.go:26:19:   flow: {storage for ... argument} = &{storage for int64(h)}:
./conversions.go:26:19:     from int64(h) (spill) at ./conversions.go:26:19
./conversions.go:26:19:     from ... argument (slice-literal-element) at ./conversions.go:26:13
./conversions.go:26:19:   flow: {heap} = {storage for ... argument}:
./conversions.go:26:19:     from ... argument (spill) at ./conversions.go:26:13
./conversions.go:26:19:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:26:13
./conversions.go:24:40: int32(2147483647.0) escapes to heap:
./conversions.go:24:40:   flow: {storage for ... argument} = &{storage for int32(2147483647.0)}:
./conversions.go:24:40:     from int32(2147483647.0) (spill) at ./conversions.go:24:40
./conversions.go:24:40:     from ... argument (slice-literal-element) at ./conversions.go:24:13
./conversions.go:24:40:   flow: {heap} = {storage for ... argument}:
./conversions.go:24:40:     from ... argument (spill) at ./conversions.go:24:13
./conversions.go:24:40:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:24:13
./conversions.go:24:27: int64(1e18) escapes to heap:
./conversions.go:24:27:   flow: {storage for ... argument} = &{storage for int64(1e18)}:
./conversions.go:24:27:     from int64(1e18) (spill) at ./conversions.go:24:27
./conversions.go:24:27:     from ... argument (slice-literal-element) at ./conversions.go:24:13
./conversions.go:24:27:   flow: {heap} = {storage for ... argument}:
./conversions.go:24:27:     from ... argument (spill) at ./conversions.go:24:13
./conversions.go:24:27:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:24:13
./conversions.go:24:17: int(g) escapes to heap:
./conversions.go:24:17:   flow: {storage for ... argument} = &{storage for int(g)}:
./conversions.go:24:17:     from int(g) (spill) at ./conversions.go:24:17
./conversions.go:24:17:     from ... argument (slice-literal-element) at ./conversions.go:24:13
./conversions.go:24:17:   flow: {heap} = {storage for ... argument}:
./conversions.go:24:17:     from ... argument (spill) at ./conversions.go:24:13
./conversions.go:24:17:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:24:13
./conversions.go:22:45: uint8(f) escapes to heap:
./conversions.go:22:45:   flow: {storage for ... argument} = &{storage for uint8(f)}:
./conversions.go:22:45:     from uint8(f) (spill) at ./conversions.go:22:45
./conversions.go:22:45:     from ... argument (slice-literal-element) at ./conversions.go:22:13
./conversions.go:22:45:   flow: {heap} = {storage for ... argument}:
./conversions.go:22:45:     from ... argument (spill) at ./conversions.go:22:13
./conversions.go:22:45:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:22:13
./conversions.go:22:35: int8(f) escapes to heap:
./conversions.go:22:35:   flow: {storage for ... argument} = &{storage for int8(f)}:
./conversions.go:22:35:     from int8(f) (spill) at ./conversions.go:22:35
./conversions.go:22:35:     from ... argument (slice-literal-element) at ./conversions.go:22:13
./conversions.go:22:35:   flow: {heap} = {storage for ... argument}:
./conversions.go:22:35:     from ... argument (spill) at ./conversions.go:22:13
./conversions.go:22:35:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:22:13
./conversions.go:22:25: int(-f) escapes to heap:
./conversions.go:22:25:   flow: {storage for ... argument} = &{storage for int(-f)}:
./conversions.go:22:25:     from int(-f) (spill) at ./conversions.go:22:25
./conversions.go:22:25:     from ... argument (slice-literal-element) at ./conversions.go:22:13
./conversions.go:22:25:   flow: {heap} = {storage for ... argument}:
./conversions.go:22:25:     from ... argument (spill) at ./conversions.go:22:13
./conversions.go:22:25:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:22:13
./conversions.go:22:17: int(f) escapes to heap:
./conversions.go:22:17:   flow: {storage for ... argument} = &{storage for int(f)}:
./conversions.go:22:17:     from int(f) (spill) at ./conversions.go:22:17
./conversions.go:22:17:     from ... argument (slice-literal-element) at ./conversions.go:22:13
./conversions.go:22:17:   flow: {heap} = {storage for ... argument}:
./conversions.go:22:17:     from ... argument (spill) at ./conversions.go:22:13
./conversions.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:22:13
./conversions.go:19:41: int(int32(u32)) escapes to heap:
./conversions.go:19:41:   flow: {storage for ... argument} = &{storage for int(int32(u32))}:
./conversions.go:19:41:     from int(int32(u32)) (spill) at ./conversions.go:19:41
./conversions.go:19:41:     from ... argument (slice-literal-element) at ./conversions.go:19:13
./conversions.go:19:41:   flow: {heap} = {storage for ... argument}:
./conversions.go:19:41:     from ... argument (spill) at ./conversions.go:19:13
./conversions.go:19:41:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:19:13
./conversions.go:19:31: int64(u32) escapes to heap:
./conversions.go:19:31:   flow: {storage for ... argument} = &{storage for int64(u32)}:
./conversions.go:19:31:     from int64(u32) (spill) at ./conversions.go:19:31
./conversions.go:19:31:     from ... argument (slice-literal-element) at ./conversions.go:19:13
./conversions.go:19:31:   flow: {heap} = {storage for ... argument}:
./conversions.go:19:31:     from ... argument (spill) at ./conversions.go:19:13
./conversions.go:19:31:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:19:13
./conversions.go:19:19: int32(u32) escapes to heap:
./conversions.go:19:19:   flow: {storage for ... argument} = &{storage for int32(u32)}:
./conversions.go:19:19:     from int32(u32) (spill) at ./conversions.go:19:19
./conversions.go:19:19:     from ... argument (slice-literal-element) at ./conversions.go:19:13
./conversions.go:19:19:   flow: {heap} = {storage for ... argument}:
./conversions.go:19:19:     from ... argument (spill) at ./conversions.go:19:13
./conversions.go:19:19:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:19:13
./conversions.go:17:54: int64(i8) escapes to heap:
./conversions.go:17:54:   flow: {storage for ... argument} = &{storage for int64(i8)}:
./conversions.go:17:54:     from int64(i8) (spill) at ./conversions.go:17:54
./conversions.go:17:54:     from ... argument (slice-literal-element) at ./conversions.go:17:13
./conversions.go:17:54:   flow: {heap} = {storage for ... argument}:
./conversions.go:17:54:     from ... argument (spill) at ./conversions.go:17:13
./conversions.go:17:54:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:17:13
./conversions.go:17:43: uint64(i8) escapes to heap:
./conversions.go:17:43:   flow: {storage for ... argument} = &{storage for uint64(i8)}:
./conversions.go:17:43:     from uint64(i8) (spill) at ./conversions.go:17:43
./conversions.go:17:43:     from ... argument (slice-literal-element) at ./conversions.go:17:13
./conversions.go:17:43:   flow: {heap} = {storage for ... argument}:
./conversions.go:17:43:     from ... argument (spill) at ./conversions.go:17:13
./conversions.go:17:43:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:17:13
./conversions.go:17:31: uint32(i8) escapes to heap:
./conversions.go:17:31:   flow: {storage for ... argument} = &{storage for uint32(i8)}:
./conversions.go:17:31:     from uint32(i8) (spill) at ./conversions.go:17:31
./conversions.go:17:31:     from ... argument (slice-literal-element) at ./conversions.go:17:13
./conversions.go:17:31:   flow: {heap} = {storage for ... argument}:
./conversions.go:17:31:     from ... argument (spill) at ./conversions.go:17:13
./conversions.go:17:31:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:17:13
./conversions.go:17:19: uint8(i8) escapes to heap:
./conversions.go:17:19:   flow: {storage for ... argument} = &{storage for uint8(i8)}:
./conversions.go:17:19:     from uint8(i8) (spill) at ./conversions.go:17:19
./conversions.go:17:19:     from ... argument (slice-literal-element) at ./conversions.go:17:13
./conversions.go:17:19:   flow: {heap} = {storage for ... argument}:
./conversions.go:17:19:     from ... argument (spill) at ./conversions.go:17:13
./conversions.go:17:19:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:17:13
./conversions.go:15:49: rune(b) escapes to heap:
./conversions.go:15:49:   flow: {storage for ... argument} = &{storage for rune(b)}:
./conversions.go:15:49:     from rune(b) (spill) at ./conversions.go:15:49
./conversions.go:15:49:     from ... argument (slice-literal-element) at ./conversions.go:15:13
./conversions.go:15:49:   flow: {heap} = {storage for ... argument}:
./conversions.go:15:49:     from ... argument (spill) at ./conversions.go:15:13
./conversions.go:15:49:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:15:13
./conversions.go:15:40: int(b) escapes to heap:
./conversions.go:15:40:   flow: {storage for ... argument} = &{storage for int(b)}:
./conversions.go:15:40:     from int(b) (spill) at ./conversions.go:15:40
./conversions.go:15:40:     from ... argument (slice-literal-element) at ./conversions.go:15:13
./conversions.go:15:40:   flow: {heap} = {storage for ... argument}:
./conversions.go:15:40:     from ... argument (spill) at ./conversions.go:15:13
./conversions.go:15:40:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:15:13
./conversions.go:15:26: int(int8(b)) escapes to heap:
./conversions.go:15:26:   flow: {storage for ... argument} = &{storage for int(int8(b))}:
./conversions.go:15:26:     from int(int8(b)) (spill) at ./conversions.go:15:26
./conversions.go:15:26:     from ... argument (slice-literal-element) at ./conversions.go:15:13
./conversions.go:15:26:   flow: {heap} = {storage for ... argument}:
./conversions.go:15:26:     from ... argument (spill) at ./conversions.go:15:13
./conversions.go:15:26:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:15:13
./conversions.go:15:18: int8(b) escapes to heap:
./conversions.go:15:18:   flow: {storage for ... argument} = &{storage for int8(b)}:
./conversions.go:15:18:     from int8(b) (spill) at ./conversions.go:15:18
./conversions.go:15:18:     from ... argument (slice-literal-element) at ./conversions.go:15:13
./conversions.go:15:18:   flow: {heap} = {storage for ... argument}:
./conversions.go:15:18:     from ... argument (spill) at ./conversions.go:15:13
./conversions.go:15:18:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:15:13
./conversions.go:13:83: uintptr(neg) escapes to heap:
./conversions.go:13:83:   flow: {storage for ... argument} = &{storage for uintptr(neg)}:
./conversions.go:13:83:     from uintptr(neg) (spill) at ./conversions.go:13:83
./conversions.go:13:83:     from ... argument (slice-literal-element) at ./conversions.go:13:13
./conversions.go:13:83:   flow: {heap} = {storage for ... argument}:
./conversions.go:13:83:     from ... argument (spill) at ./conversions.go:13:13
./conversions.go:13:83:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:13:13
./conversions.go:13:69: uint(neg) escapes to heap:
./conversions.go:13:69:   flow: {storage for ... argument} = &{storage for uint(neg)}:
./conversions.go:13:69:     from uint(neg) (spill) at ./conversions.go:13:69
./conversions.go:13:69:     from ... argument (slice-literal-element) at ./conversions.go:13:13
./conversions.go:13:69:   flow: {heap} = {storage for ... argument}:
./conversions.go:13:69:     from ... argument (spill) at ./conversions.go:13:13
./conversions.go:13:69:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:13:13
./conversions.go:13:58: uint64(neg) escapes to heap:
./conversions.go:13:58:   flow: {storage for ... argument} = &{storage for uint64(neg)}:
./conversions.go:13:58:     from uint64(neg) (spill) at ./conversions.go:13:58
./conversions.go:13:58:     from ... argument (slice-literal-element) at ./conversions.go:13:13
./conversions.go:13:58:   flow: {heap} = {storage for ... argument}:
./conversions.go:13:58:     from ... argument (spill) at ./conversions.go:13:13
./conversions.go:13:58:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:13:13
./conversions.go:13:45: uint32(neg) escapes to heap:
./conversions.go:13:45:   flow: {storage for ... argument} = &{storage for uint32(neg)}:
./conversions.go:13:45:     from uint32(neg) (spill) at ./conversions.go:13:45
./conversions.go:13:45:     from ... argument (slice-literal-element) at ./conversions.go:13:13
./conversions.go:13:45:   flow: {heap} = {storage for ... argument}:
./conversions.go:13:45:     from ... argument (spill) at ./conversions.go:13:13
./conversions.go:13:45:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:13:13
./conversions.go:13:32: uint16(neg) escapes to heap:
./conversions.go:13:32:   flow: {storage for ... argument} = &{storage for uint16(neg)}:
./conversions.go:13:32:     from uint16(neg) (spill) at ./conversions.go:13:32
./conversions.go:13:32:     from ... argument (slice-literal-element) at ./conversions.go:13:13
./conversions.go:13:32:   flow: {heap} = {storage for ... argument}:
./conversions.go:13:32:     from ... argument (spill) at ./conversions.go:13:13
./conversions.go:13:32:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:13:13
./conversions.go:13:19: uint8(neg) escapes to heap:
./conversions.go:13:19:   flow: {storage for ... argument} = &{storage for uint8(neg)}:
./conversions.go:13:19:     from uint8(neg) (spill) at ./conversions.go:13:19
./conversions.go:13:19:     from ... argument (slice-literal-element) at ./conversions.go:13:13
./conversions.go:13:19:   flow: {heap} = {storage for ... argument}:
./conversions.go:13:19:     from ... argument (spill) at ./conversions.go:13:13
./conversions.go:13:19:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:13:13
./conversions.go:11:58: uint64(big) escapes to heap:
./conversions.go:11:58:   flow: {storage for ... argument} = &{storage for uint64(big)}:
./conversions.go:11:58:     from uint64(big) (spill) at ./conversions.go:11:58
./conversions.go:11:58:     from ... argument (slice-literal-element) at ./conversions.go:11:13
./conversions.go:11:58:   flow: {heap} = {storage for ... argument}:
./conversions.go:11:58:     from ... argument (spill) at ./conversions.go:11:13
./conversions.go:11:58:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:11:13
./conversions.go:11:45: uint32(big) escapes to heap:
./conversions.go:11:45:   flow: {storage for ... argument} = &{storage for uint32(big)}:
./conversions.go:11:45:     from uint32(big) (spill) at ./conversions.go:11:45
./conversions.go:11:45:     from ... argument (slice-literal-element) at ./conversions.go:11:13
./conversions.go:11:45:   flow: {heap} = {storage for ... argument}:
./conversions.go:11:45:     from ... argument (spill) at ./conversions.go:11:13
./conversions.go:11:45:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:11:13
./conversions.go:11:32: uint16(big) escapes to heap:
./conversions.go:11:32:   flow: {storage for ... argument} = &{storage for uint16(big)}:
./conversions.go:11:32:     from uint16(big) (spill) at ./conversions.go:11:32
./conversions.go:11:32:     from ... argument (slice-literal-element) at ./conversions.go:11:13
./conversions.go:11:32:   flow: {heap} = {storage for ... argument}:
./conversions.go:11:32:     from ... argument (spill) at ./conversions.go:11:13
./conversions.go:11:32:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:11:13
./conversions.go:11:19: uint8(big) escapes to heap:
./conversions.go:11:19:   flow: {storage for ... argument} = &{storage for uint8(big)}:
./conversions.go:11:19:     from uint8(big) (spill) at ./conversions.go:11:19
./conversions.go:11:19:     from ... argument (slice-literal-element) at ./conversions.go:11:13
./conversions.go:11:19:   flow: {heap} = {storage for ... argument}:
./conversions.go:11:19:     from ... argument (spill) at ./conversions.go:11:13
./conversions.go:11:19:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:11:13
./conversions.go:10:54: int64(big) escapes to heap:
./conversions.go:10:54:   flow: {storage for ... argument} = &{storage for int64(big)}:
./conversions.go:10:54:     from int64(big) (spill) at ./conversions.go:10:54
./conversions.go:10:54:     from ... argument (slice-literal-element) at ./conversions.go:10:13
./conversions.go:10:54:   flow: {heap} = {storage for ... argument}:
./conversions.go:10:54:     from ... argument (spill) at ./conversions.go:10:13
./conversions.go:10:54:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:10:13
./conversions.go:10:42: int32(big) escapes to heap:
./conversions.go:10:42:   flow: {storage for ... argument} = &{storage for int32(big)}:
./conversions.go:10:42:     from int32(big) (spill) at ./conversions.go:10:42
./conversions.go:10:42:     from ... argument (slice-literal-element) at ./conversions.go:10:13
./conversions.go:10:42:   flow: {heap} = {storage for ... argument}:
./conversions.go:10:42:     from ... argument (spill) at ./conversions.go:10:13
./conversions.go:10:42:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:10:13
./conversions.go:10:30: int16(big) escapes to heap:
./conversions.go:10:30:   flow: {storage for ... argument} = &{storage for int16(big)}:
./conversions.go:10:30:     from int16(big) (spill) at ./conversions.go:10:30
./conversions.go:10:30:     from ... argument (slice-literal-element) at ./conversions.go:10:13
./conversions.go:10:30:   flow: {heap} = {storage for ... argument}:
./conversions.go:10:30:     from ... argument (spill) at ./conversions.go:10:13
./conversions.go:10:30:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:10:13
./conversions.go:10:18: int8(big) escapes to heap:
./conversions.go:10:18:   flow: {storage for ... argument} = &{storage for int8(big)}:
./conversions.go:10:18:     from int8(big) (spill) at ./conversions.go:10:18
./conversions.go:10:18:     from ... argument (slice-literal-element) at ./conversions.go:10:13
./conversions.go:10:18:   flow: {heap} = {storage for ... argument}:
./conversions.go:10:18:     from ... argument (spill) at ./conversions.go:10:13
./conversions.go:10:18:     from fmt.Println(... argument...) (call parameter) at ./conversions.go:10:13
./conversions.go:49:23: string(r) escapes to heap:
./conversions.go:49:23:   flow: {storage for string(r)} = &{storage for string(r)}:
./conversions.go:49:23:     from string(r) (spill) at ./conversions.go:49:23
./conversions.go:49:23:     from string(r) (interface-converted) at ./conversions.go:49:23
./conversions.go:47:38: string(by) escapes to heap:
./conversions.go:47:38:   flow: {storage for string(by)} = &{storage for string(by)}:
./conversions.go:47:38:     from string(by) (spill) at ./conversions.go:47:38
./conversions.go:47:38:     from string(by) (interface-converted) at ./conversions.go:47:38
./conversions.go:47:20: string(rune(by)) escapes to heap:
./conversions.go:47:20:   flow: {storage for string(rune(by))} = &{storage for string(rune(by))}:
./conversions.go:47:20:     from string(rune(by)) (spill) at ./conversions.go:47:20
./conversions.go:47:20:     from string(rune(by)) (interface-converted) at ./conversions.go:47:20
./conversions.go:10:13: ... argument does not escape
./conversions.go:10:18: int8(big) escapes to heap
./conversions.go:10:30: int16(big) escapes to heap
./conversions.go:10:42: int32(big) escapes to heap
./conversions.go:10:54: int64(big) escapes to heap
./conversions.go:11:13: ... argument does not escape
./conversions.go:11:19: uint8(big) escapes to heap
./conversions.go:11:32: uint16(big) escapes to heap
./conversions.go:11:45: uint32(big) escapes to heap
./conversions.go:11:58: uint64(big) escapes to heap
./conversions.go:13:13: ... argument does not escape
./conversions.go:13:19: uint8(neg) escapes to heap
./conversions.go:13:32: uint16(neg) escapes to heap
./conversions.go:13:45: uint32(neg) escapes to heap
./conversions.go:13:58: uint64(neg) escapes to heap
./conversions.go:13:69: uint(neg) escapes to heap
./conversions.go:13:83: uintptr(neg) escapes to heap
./conversions.go:15:13: ... argument does not escape
./conversions.go:15:18: int8(b) escapes to heap
./conversions.go:15:26: int(int8(b)) escapes to heap
./conversions.go:15:40: int(b) escapes to heap
./conversions.go:15:49: rune(b) escapes to heap
./conversions.go:17:13: ... argument does not escape
./conversions.go:17:19: uint8(i8) escapes to heap
./conversions.go:17:31: uint32(i8) escapes to heap
./conversions.go:17:43: uint64(i8) escapes to heap
./conversions.go:17:54: int64(i8) escapes to heap
./conversions.go:19:13: ... argument does not escape
./conversions.go:19:19: int32(u32) escapes to heap
./conversions.go:19:31: int64(u32) escapes to heap
./conversions.go:19:41: int(int32(u32)) escapes to heap
./conversions.go:22:13: ... argument does not escape
./conversions.go:22:17: int(f) escapes to heap
./conversions.go:22:25: int(-f) escapes to heap
./conversions.go:22:35: int8(f) escapes to heap
./conversions.go:22:45: uint8(f) escapes to heap
./conversions.go:24:13: ... argument does not escape
./conversions.go:24:17: int(g) escapes to heap
./conversions.go:24:27: int64(1e18) escapes to heap
./conversions.go:24:40: int32(2147483647.0) escapes to heap
./conversions.go:26:13: ... argument does not escape
./conversions.go:26:19: int64(h) escapes to heap
./conversions.go:30:13: ... argument does not escape
./conversions.go:30:21: float64(n) escapes to heap
./conversions.go:30:31: int64(float64(n)) escapes to heap
./conversions.go:32:13: ... argument does not escape
./conversions.go:32:21: float32(m) escapes to heap
./conversions.go:32:31: int64(float32(m)) escapes to heap
./conversions.go:34:13: ... argument does not escape
./conversions.go:34:21: float64(um) escapes to heap
./conversions.go:34:34: float32(um) escapes to heap
./conversions.go:38:13: ... argument does not escape
./conversions.go:38:21: float32(d) escapes to heap
./conversions.go:38:33: float64(float32(d)) escapes to heap
./conversions.go:40:13: ... argument does not escape
./conversions.go:40:21: float32(e) escapes to heap
./conversions.go:40:33: float32(1.00000005) escapes to heap
./conversions.go:40:54: float32(16777217.0) escapes to heap
./conversions.go:41:13: ... argument does not escape
./conversions.go:41:21: float64(float32(3.4e38)) escapes to heap
./conversions.go:41:47: float32(1e-45) escapes to heap
./conversions.go:44:13: ... argument does not escape
./conversions.go:44:20: string(rune(65)) escapes to heap
./conversions.go:44:38: string(rune(0x4e16)) escapes to heap
./conversions.go:44:60: string(rune(0x1F600)) escapes to heap
./conversions.go:45:13: ... argument does not escape
./conversions.go:45:31: string(rune(-1)) == "\uFFFD" escapes to heap
./conversions.go:45:65: string(rune(0xD800)) == "\uFFFD" escapes to heap
./conversions.go:45:101: string(rune(0x110000)) == "\uFFFD" escapes to heap
./conversions.go:47:13: ... argument does not escape
./conversions.go:47:20: string(rune(by)) escapes to heap
./conversions.go:47:20: string(rune(by)) escapes to heap
./conversions.go:47:38: string(by) escapes to heap
./conversions.go:47:38: string(by) escapes to heap
./conversions.go:49:13: ... argument does not escape
./conversions.go:49:13: r escapes to heap
./conversions.go:49:23: string(r) escapes to heap
./conversions.go:49:23: string(r) escapes to heap
./conversions.go:49:31: len(string(r)) escapes to heap
./conversions.go:49:38: string(r) does not escape
./conversions.go:53:13: ... argument does not escape
./conversions.go:53:19: int16(c) escapes to heap
./conversions.go:53:34: float32(c) / 7 escapes to heap
./conversions.go:53:45: uint(c) >> 1 escapes to heap
./conversions.go:55:13: ... argument does not escape
./conversions.go:55:13: x escapes to heap
