./int_division.go:8:64: a % b escapes to heap:
./int_division.go:8:64:   flow: {storage for ... argument} = &{storage for a % b}:
./int_division.go:8:64:     from a % b (spill) at ./int_division.go:8:64
./int_division.go:8:64:     from ... argument (slice-literal-element) at ./int_division.go:8:12
./int_division.go:8:64:   flow: {heap} = {storage for ... argument}:
./int_division.go:8:64:     from ... argument (spill) at ./int_division.go:8:12
./int_division.go:8:64:     from fmt.Printf("%d / %d = %d, %d %% %d = %d\n", ... argument...) (call parameter) at ./int_division.go:8:12
./int_division.go:8:53: b escapes to heap:
./int_division.go:8:53:   flow: {storage for ... argument} = &{storage for b}:
./int_division.go:8:53:     from b (spill) at ./int_division.go:8:53
./int_division.go:8:53:     from ... argument (slice-literal-element) at ./int_division.go:8:12
./int_division.go:8:53:   flow: {heap} = {storage for ... argument}:
./int_division.go:8:53:     from ... argument (spill) at ./int_division.go:8:12
./int_division.go:8:53:     from fmt.Printf("%d / %d = %d, %d %% %d = %d\n", ... argument...) (call parameter) at ./int_division.go:8:12
./int_division.go:8:53: a escapes to heap:
./int_division.go:8:53:   flow: {storage for ... argument} = &{storage for a}:
./int_division.go:8:53:     from a (spill) at ./int_division.go:8:53
./int_division.go:8:53:     from ... argument (slice-literal-element) at ./int_division.go:8:12
./int_division.go:8:53:   flow: {heap} = {storage for ... argument}:
./int_division.go:8:53:     from ... argument (spill) at ./int_division.go:8:12
./int_division.go:8:53:     from fmt.Printf("%d / %d = %d, %d %% %d = %d\n", ... argument...) (call parameter) at ./int_division.go:8:12
./int_division.go:8:53: a / b escapes to heap:
./int_division.go:8:53:   flow: {storage for ... argument} = &{storage for a / b}:
./int_division.go:8:53:     from a / b (spill) at ./int_division.go:8:53
./int_division.go:8:53:     from ... argument (slice-literal-element) at ./int_division.go:8:12
./int_division.go:8:53:   flow: {heap} = {storage for ... argument}:
./int_division.go:8:53:     from ... argument (spill) at ./int_division.go:8:12
./int_division.go:8:53:     from fmt.Printf("%d / %d = %d, %d %% %d = %d\n", ... argument...) (call parameter) at ./int_division.go:8:12
./int_division.go:8:13: b escapes to heap:
./int_division.go:8:13:   flow: {storage for ... argument} = &{storage for b}:
./int_division.go:8:13:     from b (spill) at ./int_division.go:8:13
./int_division.go:8:13:     from ... argument (slice-literal-element) at ./int_division.go:8:12
./int_division.go:8:13:   flow: {heap} = {storage for ... argument}:
./int_division.go:8:13:     from ... argument (spill) at ./int_division.go:8:12
./int_division.go:8:13:     from fmt.Printf("%d / %d = %d, %d %% %d = %d\n", ... argument...) (call parameter) at ./int_division.go:8:12
./int_division.go:8:13: a escapes to heap:
./int_division.go:8:13:   flow: {storage for ... argument} = &{storage for a}:
./int_division.go:8:13:     from a (spill) at ./int_division.go:8:13
./int_division.go:8:13:     from ... argument (slice-literal-element) at ./int_division.go:8:12
./int_division.go:8:13:   flow: {heap} = {storage for ... argument}:
./int_division.go:8:13:     from ... argument (spill) at ./int_division.go:8:12
./int_division.go:8:13:     from fmt.Printf("%d / %d = %d, %d %% %d = %d\n", ... argument...) (call parameter) at ./int_division.go:8:12
./int_division.go:8:12: ... argument does not escape
./int_division.go:8:13: a escapes to heap
./int_division.go:8:13: b escapes to heap
./int_division.go:8:53: a / b escapes to heap
./int_division.go:8:53: a escapes to heap
./int_division.go:8:53: b escapes to heap
./int_division.go:8:64: a % b escapes to heap
./int_division.go:51:18: f32 / 3 escapes to heap:
./int_division.go:51:18:   flow: {storage for ... argument} = &{storage for f32 / 3}:
./int_division.go:51:18:     from f32 / 3 (spill) at ./int_division.go:51:18
./int_division.go:51:18:     from ... argument (slice-literal-element) at ./int_division.go:51:13
./int_division.go:51:18:   flow: {heap} = {storage for ... argument}:
./int_division.go:51:18:     from ... argument (spill) at ./int_division.go:51:13
./int_division.go:51:18:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:51:13
./int_division.go:49:20: f / 0.5 escapes to heap:
./int_division.go:49:20:   flow: {storage for ... argument} = &{storage for f / 0.5}:
./int_division.go:49:20:     from f / 0.5 (spill) at ./int_division.go:49:20
./int_division.go:49:20:     from ... argument (slice-literal-element) at ./int_division.go:49:13
./int_division.go:49:20:   flow: {heap} = {storage for ... argument}:
./int_division.go:49:20:     from ... argument (spill) at ./int_division.go:49:13
./int_division.go:49:20:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:49:13
./int_division.go:49:15: f / 2 escapes to heap:
./int_division.go:49:15:   flow: {storage for ... argument} = &{storage for f / 2}:
./int_division.go:49:15:     from f / 2 (spill) at ./int_division.go:49:15
./int_division.go:49:15:     from ... argument (slice-literal-element) at ./int_division.go:49:13
./int_division.go:49:15:   flow: {heap} = {storage for ... argument}:
./int_division.go:49:15:     from ... argument (spill) at ./int_division.go:49:13
./int_division.go:49:15:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:49:13
./int_division.go:46:25: n >> 1 escapes to heap:
./int_division.go:46:25:   flow: {storage for ... argument} = &{storage for n >> 1}:
./int_division.go:46:25:     from n >> 1 (spill) at ./int_division.go:46:25
./int_division.go:46:25:     from ... argument (slice-literal-element) at ./int_division.go:46:13
./int_division.go:46:25:   flow: {heap} = {storage for ... argument}:
./int_division.go:46:25:     from ... argument (spill) at ./int_division.go:46:13
./int_division.go:46:25:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:46:13
./int_division.go:46:20: n % 2 escapes to heap:
./int_division.go:46:20:   flow: {storage for ... argument} = &{storage for n % 2}:
./int_division.go:46:20:     from n % 2 (spill) at ./int_division.go:46:20
./int_division.go:46:20:     from ... argument (slice-literal-element) at ./int_division.go:46:13
./int_division.go:46:20:   flow: {heap} = {storage for ... argument}:
./int_division.go:46:20:     from ... argument (spill) at ./int_division.go:46:13
./int_division.go:46:20:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:46:13
./int_division.go:46:15: n / 2 escapes to heap:
./int_division.go:46:15:   flow: {storage for ... argument} = &{storage for n / 2}:
./int_division.go:46:15:     from n / 2 (spill) at ./int_division.go:46:15
./int_division.go:46:15:     from ... argument (slice-literal-element) at ./int_division.go:46:13
./int_division.go:46:15:   flow: {heap} = {storage for ... argument}:
./int_division.go:46:15:     from ... argument (spill) at ./int_division.go:46:13
./int_division.go:46:15:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:46:13
./int_division.go:44:40: n % 8 escapes to heap:
./int_division.go:44:40:   flow: {storage for ... argument} = &{storage for n % 8}:
./int_division.go:44:40:     from n % 8 (spill) at ./int_division.go:44:40
./int_division.go:44:40:     from ... argument (slice-literal-element) at ./int_division.go:44:13
./int_division.go:44:40:   flow: {heap} = {storage for ... argument}:
./int_division.go:44:40:     from ... argument (spill) at ./int_division.go:44:13
./int_division.go:44:40:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:44:13
./int_division.go:44:35: n % 4 escapes to heap:
./int_division.go:44:35:   flow: {storage for ... argument} = &{storage for n % 4}:
./int_division.go:44:35:     from n % 4 (spill) at ./int_division.go:44:35
./int_division.go:44:35:     from ... argument (slice-literal-element) at ./int_division.go:44:13
./int_division.go:44:35:   flow: {heap} = {storage for ... argument}:
./int_division.go:44:35:     from ... argument (spill) at ./int_division.go:44:13
./int_division.go:44:35:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:44:13
./int_division.go:44:30: n % 2 escapes to heap:
./int_division.go:44:30:   flow: {storage for ... argument} = &{storage for n % 2}:
./int_division.go:44:30:     from n % 2 (spill) at ./int_division.go:44:30
./int_division.go:44:30:     from ... argument (slice-literal-element) at ./int_division.go:44:13
./int_division.go:44:30:   flow: {heap} = {storage for ... argument}:
./int_division.go:44:30:     from ... argument (spill) at ./int_division.go:44:13
./int_division.go:44:30:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:44:13
./int_division.go:44:25: n / 8 escapes to heap:
./int_division.go:44:25:   flow: {storage for ... argument} = &{storage for n / 8}:
./int_division.go:44:25:     from n / 8 (spill) at ./int_division.go:44:25
./int_division.go:44:25:     from ... argument (slice-literal-element) at ./int_division.go:44:13
./int_division.go:44:25:   flow: {heap} = {storage for ... argument}:
./int_division.go:44:25:     from ... argument (spill) at ./int_division.go:44:13
./int_division.go:44:25:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:44:13
./int_division.go:44:20: n / 4 escapes to heap:
./int_division.go:44:20:   flow: {storage for ... argument} = &{storage for n / 4}:
./int_division.go:44:20:     from n / 4 (spill) at ./int_division.go:44:20
./int_division.go:44:20:     from ... argument (slice-literal-element) at ./int_division.go:44:13
./int_division.go:44:20:   flow: {heap} = {storage for ... argument}:
./int_division.go:44:20:     from ... argument (spill) at ./int_division.go:44:13
./int_division.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:44:13
./int_division.go:44:15: n / 2 escapes to heap:
./int_division.go:44:15:   flow: {storage for ... argument} = &{storage for n / 2}:
./int_division.go:44:15:     from n / 2 (spill) at ./int_division.go:44:15
./int_division.go:44:15:     from ... argument (slice-literal-element) at ./int_division.go:44:13
./int_division.go:44:15:   flow: {heap} = {storage for ... argument}:
./int_division.go:44:15:     from ... argument (spill) at ./int_division.go:44:13
./int_division.go:44:15:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:44:13
./int_division.go:40:31: -7.0 / 2 escapes to heap:
./int_division.go:40:31:   flow: {storage for ... argument} = &{storage for -7.0 / 2}:
./int_division.go:40:31:     from -7.0 / 2 (spill) at ./int_division.go:40:31
./int_division.go:40:31:     from ... argument (slice-literal-element) at ./int_division.go:40:13
./int_division.go:40:31:   flow: {heap} = {storage for ... argument}:
./int_division.go:40:31:     from ... argument (spill) at ./int_division.go:40:13
./int_division.go:40:31:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:40:13
./int_division.go:40:23: 7.0 / 2 escapes to heap:
./int_division.go:40:23:   flow: {storage for ... argument} = &{storage for 7.0 / 2}:
./int_division.go:40:23:     from 7.0 / 2 (spill) at ./int_division.go:40:23
./int_division.go:40:23:     from ... argument (slice-literal-element) at ./int_division.go:40:13
./int_division.go:40:23:   flow: {heap} = {storage for ... argument}:
./int_division.go:40:23:     from ... argument (spill) at ./int_division.go:40:13
./int_division.go:40:23:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:40:13
./int_division.go:40:17: r escapes to heap:
./int_division.go:40:17:   flow: {storage for ... argument} = &{storage for r}:
./int_division.go:40:17:     from r (spill) at ./int_division.go:40:17
./int_division.go:40:17:     from ... argument (slice-literal-element) at ./int_division.go:40:13
./int_division.go:40:17:   flow: {heap} = {storage for ... argument}:
./int_division.go:40:17:     from ... argument (spill) at ./int_division.go:40:13
./int_division.go:40:17:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:40:13
./int_division.go:40:14: c escapes to heap:
./int_division.go:40:14:   flow: {storage for ... argument} = &{storage for c}:
./int_division.go:40:14:     from c (spill) at ./int_division.go:40:14
./int_division.go:40:14:     from ... argument (slice-literal-element) at ./int_division.go:40:13
./int_division.go:40:14:   flow: {heap} = {storage for ... argument}:
./int_division.go:40:14:     from ... argument (spill) at ./int_division.go:40:13
./int_division.go:40:14:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:40:13
./int_division.go:35:28: u32 % 65536 escapes to heap:
./int_division.go:35:28:   flow: {storage for ... argument} = &{storage for u32 % 65536}:
./int_division.go:35:28:     from u32 % 65536 (spill) at ./int_division.go:35:28
./int_division.go:35:28:     from ... argument (slice-literal-element) at ./int_division.go:35:13
./int_division.go:35:28:   flow: {heap} = {storage for ... argument}:
./int_division.go:35:28:     from ... argument (spill) at ./int_division.go:35:13
./int_division.go:35:28:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:35:13
./int_division.go:35:17: u32 / 65536 escapes to heap:
./int_division.go:35:17:   flow: {storage for ... argument} = &{storage for u32 / 65536}:
./int_division.go:35:17:     from u32 / 65536 (spill) at ./int_division.go:35:17
./int_division.go:35:17:     from ... argument (slice-literal-element) at ./int_division.go:35:13
./int_division.go:35:17:   flow: {heap} = {storage for ... argument}:
./int_division.go:35:17:     from ... argument (spill) at ./int_division.go:35:13
./int_division.go:35:17:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:35:13
./int_division.go:33:23: u8 % 16 escapes to heap:
./int_division.go:33:23:   flow: {storage for ... argument} = &{storage for u8 % 16}:
./int_division.go:33:23:     from u8 % 16 (spill) at ./int_division.go:33:23
./int_division.go:33:23:     from ... argument (slice-literal-element) at ./int_division.go:33:13
./int_division.go:33:23:   flow: {heap} = {storage for ... argument}:
./int_division.go:33:23:     from ... argument (spill) at ./int_division.go:33:13
./int_division.go:33:23:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:33:13
./int_division.go:33:16: u8 / 16 escapes to heap:
./int_division.go:33:16:   flow: {storage for ... argument} = &{storage for u8 / 16}:
./int_division.go:33:16:     from u8 / 16 (spill) at ./int_division.go:33:16
./int_division.go:33:16:     from ... argument (slice-literal-element) at ./int_division.go:33:13
./int_division.go:33:16:   flow: {heap} = {storage for ... argument}:
./int_division.go:33:16:     from ... argument (spill) at ./int_division.go:33:13
./int_division.go:33:16:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:33:13
./int_division.go:31:32: u % 7 escapes to heap:
./int_division.go:31:32:   flow: {storage for ... argument} = &{storage for u % 7}:
./int_division.go:31:32:     from u % 7 (spill) at ./int_division.go:31:32
./int_division.go:31:32:     from ... argument (slice-literal-element) at ./int_division.go:31:13
./int_division.go:31:32:   flow: {heap} = {storage for ... argument}:
./int_division.go:31:32:     from ... argument (spill) at ./int_division.go:31:13
./int_division.go:31:32:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:31:13
./int_division.go:31:27: u / 3 escapes to heap:
./int_division.go:31:27:   flow: {storage for ... argument} = &{storage for u / 3}:
./int_division.go:31:27:     from u / 3 (spill) at ./int_division.go:31:27
./int_division.go:31:27:     from ... argument (slice-literal-element) at ./int_division.go:31:13
./int_division.go:31:27:   flow: {heap} = {storage for ... argument}:
./int_division.go:31:27:     from ... argument (spill) at ./int_division.go:31:13
./int_division.go:31:27:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:31:13
./int_division.go:31:21: u % 10 escapes to heap:
./int_division.go:31:21:   flow: {storage for ... argument} = &{storage for u % 10}:
./int_division.go:31:21:     from u % 10 (spill) at ./int_division.go:31:21
./int_division.go:31:21:     from ... argument (slice-literal-element) at ./int_division.go:31:13
./int_division.go:31:21:   flow: {heap} = {storage for ... argument}:
./int_division.go:31:21:     from ... argument (spill) at ./int_division.go:31:13
./int_division.go:31:21:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:31:13
./int_division.go:31:15: u / 10 escapes to heap:
./int_division.go:31:15:   flow: {storage for ... argument} = &{storage for u / 10}:
./int_division.go:31:15:     from u / 10 (spill) at ./int_division.go:31:15
./int_division.go:31:15:     from ... argument (slice-literal-element) at ./int_division.go:31:13
./int_division.go:31:15:   flow: {heap} = {storage for ... argument}:
./int_division.go:31:15:     from ... argument (spill) at ./int_division.go:31:13
./int_division.go:31:15:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:31:13
./int_division.go:28:26: a32 % b32 escapes to heap:
./int_division.go:28:26:   flow: {storage for ... argument} = &{storage for a32 % b32}:
./int_division.go:28:26:     from a32 % b32 (spill) at ./int_division.go:28:26
./int_division.go:28:26:     from ... argument (slice-literal-element) at ./int_division.go:28:13
./int_division.go:28:26:   flow: {heap} = {storage for ... argument}:
./int_division.go:28:26:     from ... argument (spill) at ./int_division.go:28:13
./int_division.go:28:26:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:28:13
./int_division.go:28:17: a32 / b32 escapes to heap:
./int_division.go:28:17:   flow: {storage for ... argument} = &{storage for a32 / b32}:
./int_division.go:28:17:     from a32 / b32 (spill) at ./int_division.go:28:17
./int_division.go:28:17:     from ... argument (slice-literal-element) at ./int_division.go:28:13
./int_division.go:28:17:   flow: {heap} = {storage for ... argument}:
./int_division.go:28:17:     from ... argument (spill) at ./int_division.go:28:13
./int_division.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:28:13
./int_division.go:26:26: a16 % b16 escapes to heap:
./int_division.go:26:26:   flow: {storage for ... argument} = &{storage for a16 % b16}:
./int_division.go:26:26:     from a16 % b16 (spill) at ./int_division.go:26:26
./int_division.go:26:26:     from ... argument (slice-literal-element) at ./int_division.go:26:13
./int_division.go:26:26:   flow: {heap} = {storage for ... argument}:
./int_division.go:26:26:     from ... argument (spill) at ./int_division.go:26:13
./int_division.go:26:26:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:26:13
./int_division.go:26:17: a16 / b16 escapes to heap:
./int_division.go:26:17:   flow: {storage for ... argument} = &{storage for a16 / b16}:
./int_division.go:26:17:     from a16 / b16 (spill) at ./int_division.go:26:17
./int_division.go:26:17:     from ... argument (slice-literal-element) at ./int_division.go:26:13
./int_division.go:26:17:   flow: {heap} = {storage for ... argument}:
./int_division.go:26:17:     from ... argument (spill) at ./int_division.go:26:13
./int_division.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:26:13
./int_division.go:24:23: a8 % b8 escapes to heap:
./int_division.go:24:23:   flow: {storage for ... argument} = &{storage for a8 % b8}:
./int_division.go:24:23:     from a8 % b8 (spill) at ./int_division.go:24:23
./int_division.go:24:23:     from ... argument (slice-literal-element) at ./int_division.go:24:13
./int_division.go:24:23:   flow: {heap} = {storage for ... argument}:
./int_division.go:24:23:     from ... argument (spill) at ./int_division.go:24:13
./int_division.go:24:23:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:24:13
./int_division.go:24:16: a8 / b8 escapes to heap:
./int_division.go:24:16:   flow: {storage for ... argument} = &{storage for a8 / b8}:
./int_division.go:24:16:     from a8 / b8 (spill) at ./int_division.go:24:16
./int_division.go:24:16:     from ... argument (slice-literal-element) at ./int_division.go:24:13
./int_division.go:24:16:   flow: {heap} = {storage for ... argument}:
./int_division.go:24:16:     from ... argument (spill) at ./int_division.go:24:13
./int_division.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./int_division.go:24:13
./int_division.go:24:13: ... argument does not escape
./int_division.go:24:16: a8 / b8 escapes to heap
./int_division.go:24:23: a8 % b8 escapes to heap
./int_division.go:26:13: ... argument does not escape
./int_division.go:26:17: a16 / b16 escapes to heap
./int_division.go:26:26: a16 % b16 escapes to heap
./int_division.go:28:13: ... argument does not escape
./int_division.go:28:17: a32 / b32 escapes to heap
./int_division.go:28:26: a32 % b32 escapes to heap
./int_division.go:31:13: ... argument does not escape
./int_division.go:31:15: u / 10 escapes to heap
./int_division.go:31:21: u % 10 escapes to heap
./int_division.go:31:27: u / 3 escapes to heap
./int_division.go:31:32: u % 7 escapes to heap
./int_division.go:33:13: ... argument does not escape
./int_division.go:33:16: u8 / 16 escapes to heap
./int_division.go:33:23: u8 % 16 escapes to heap
./int_division.go:35:13: ... argument does not escape
./int_division.go:35:17: u32 / 65536 escapes to heap
./int_division.go:35:28: u32 % 65536 escapes to heap
./int_division.go:40:13: ... argument does not escape
./int_division.go:40:14: c escapes to heap
./int_division.go:40:17: r escapes to heap
./int_division.go:40:23: 7.0 / 2 escapes to heap
./int_division.go:40:31: -7.0 / 2 escapes to heap
./int_division.go:44:13: ... argument does not escape
./int_division.go:44:15: n / 2 escapes to heap
./int_division.go:44:20: n / 4 escapes to heap
./int_division.go:44:25: n / 8 escapes to heap
./int_division.go:44:30: n % 2 escapes to heap
./int_division.go:44:35: n % 4 escapes to heap
./int_division.go:44:40: n % 8 escapes to heap
./int_division.go:46:13: ... argument does not escape
./int_division.go:46:15: n / 2 escapes to heap
./int_division.go:46:20: n % 2 escapes to heap
./int_division.go:46:25: n >> 1 escapes to heap
./int_division.go:49:13: ... argument does not escape
./int_division.go:49:15: f / 2 escapes to heap
./int_division.go:49:20: f / 0.5 escapes to heap
./int_division.go:51:13: ... argument does not escape
./int_division.go:51:18: f32 / 3 escapes to heap
