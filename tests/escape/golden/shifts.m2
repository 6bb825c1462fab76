./shifts.go:55:13: w escapes to heap:
./shifts.go:55:13:   flow: {storage for ... argument} = &{storage for w}:
./shifts.go:55:13:     from w (spill) at ./shifts.go:55:13
./shifts.go:55:13:     from ... argument (slice-literal-element) at ./shifts.go:55:13
./shifts.go:55:13:   flow: {heap} = {storage for ... argument}:
./shifts.go:55:13:     from ... argument (spill) at ./shifts.go:55:13
./shifts.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:55:13
./shifts.go:51:13: z escapes to heap:
./shifts.go:51:13:   flow: {storage for ... argument} = &{storage for z}:
./shifts.go:51:13:     from z (spill) at ./shifts.go:51:13
./shifts.go:51:13:     from ... argument (slice-literal-element) at ./shifts.go:51:13
./shifts.go:51:13:   flow: {heap} = {storage for ... argument}:
./shifts.go:51:13:     from ... argument (spill) at ./shifts.go:51:13
./shifts.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:51:13
./shifts.go:49:13: z escapes to heap:
./shifts.go:49:13:   flow: {storage for ... argument} = &{storage for z}:
./shifts.go:49:13:     from z (spill) at ./shifts.go:49:13
./shifts.go:49:13:     from ... argument (slice-literal-element) at ./shifts.go:49:13
./shifts.go:49:13:   flow: {heap} = {storage for ... argument}:
./shifts.go:49:13:     from ... argument (spill) at ./shifts.go:49:13
./shifts.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:49:13
./shifts.go:44:20: uint64(1 << 64 - 1) escapes to heap:
./shifts.go:44:20:   flow: {storage for ... argument} = &{storage for uint64(1 << 64 - 1)}:
./shifts.go:44:20:     from uint64(1 << 64 - 1) (spill) at ./shifts.go:44:20
./shifts.go:44:20:     from ... argument (slice-literal-element) at ./shifts.go:44:13
./shifts.go:44:20:   flow: {heap} = {storage for ... argument}:
./shifts.go:44:20:     from ... argument (spill) at ./shifts.go:44:13
./shifts.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:44:13
./shifts.go:43:14: h escapes to heap:
./shifts.go:43:14:   flow: {storage for ... argument} = &{storage for h}:
./shifts.go:43:14:     from h (spill) at ./shifts.go:43:14
./shifts.go:43:14:     from ... argument (slice-literal-element) at ./shifts.go:43:13
./shifts.go:43:14:   flow: {heap} = {storage for ... argument}:
./shifts.go:43:14:     from ... argument (spill) at ./shifts.go:43:13
./shifts.go:43:14:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:43:13
./shifts.go:41:14: k escapes to heap:
./shifts.go:41:14:   flow: {storage for ... argument} = &{storage for k}:
./shifts.go:41:14:     from k (spill) at ./shifts.go:41:14
./shifts.go:41:14:     from ... argument (slice-literal-element) at ./shifts.go:41:13
./shifts.go:41:14:   flow: {heap} = {storage for ... argument}:
./shifts.go:41:14:     from ... argument (spill) at ./shifts.go:41:13
./shifts.go:41:14:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:41:13
./shifts.go:37:40: uint32(7) >> big escapes to heap:
./shifts.go:37:40:   flow: {storage for ... argument} = &{storage for uint32(7) >> big}:
./shifts.go:37:40:     from uint32(7) >> big (spill) at ./shifts.go:37:40
./shifts.go:37:40:     from ... argument (slice-literal-element) at ./shifts.go:37:13
./shifts.go:37:40:   flow: {heap} = {storage for ... argument}:
./shifts.go:37:40:     from ... argument (spill) at ./shifts.go:37:13
./shifts.go:37:40:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:37:13
./shifts.go:37:24: -1 >> big escapes to heap:
./shifts.go:37:24:   flow: {storage for ... argument} = &{storage for -1 >> big}:
./shifts.go:37:24:     from -1 >> big (spill) at ./shifts.go:37:24
./shifts.go:37:24:     from ... argument (slice-literal-element) at ./shifts.go:37:13
./shifts.go:37:24:   flow: {heap} = {storage for ... argument}:
./shifts.go:37:24:     from ... argument (spill) at ./shifts.go:37:13
./shifts.go:37:24:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:37:13
./shifts.go:37:15: 1 << big escapes to heap:
./shifts.go:37:15:   flow: {storage for ... argument} = &{storage for 1 << big}:
./shifts.go:37:15:     from 1 << big (spill) at ./shifts.go:37:15
./shifts.go:37:15:     from ... argument (slice-literal-element) at ./shifts.go:37:13
./shifts.go:37:15:   flow: {heap} = {storage for ... argument}:
./shifts.go:37:15:     from ... argument (spill) at ./shifts.go:37:13
./shifts.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:37:13
./shifts.go:33:41: 1024 >> c64 escapes to heap:
./shifts.go:33:41:   flow: {storage for ... argument} = &{storage for 1024 >> c64}:
./shifts.go:33:41:     from 1024 >> c64 (spill) at ./shifts.go:33:41
./shifts.go:33:41:     from ... argument (slice-literal-element) at ./shifts.go:33:13
./shifts.go:33:41:   flow: {heap} = {storage for ... argument}:
./shifts.go:33:41:     from ... argument (spill) at ./shifts.go:33:13
./shifts.go:33:41:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:33:13
./shifts.go:33:30: 5 << c64 escapes to heap:
./shifts.go:33:30:   flow: {storage for ... argument} = &{storage for 5 << c64}:
./shifts.go:33:30:     from 5 << c64 (spill) at ./shifts.go:33:30
./shifts.go:33:30:     from ... argument (slice-literal-element) at ./shifts.go:33:13
./shifts.go:33:30:   flow: {heap} = {storage for ... argument}:
./shifts.go:33:30:     from ... argument (spill) at ./shifts.go:33:13
./shifts.go:33:30:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:33:13
./shifts.go:33:22: 5 << c16 escapes to heap:
./shifts.go:33:22:   flow: {storage for ... argument} = &{storage for 5 << c16}:
./shifts.go:33:22:     from 5 << c16 (spill) at ./shifts.go:33:22
./shifts.go:33:22:     from ... argument (slice-literal-element) at ./shifts.go:33:13
./shifts.go:33:22:   flow: {heap} = {storage for ... argument}:
./shifts.go:33:22:     from ... argument (spill) at ./shifts.go:33:13
./shifts.go:33:22:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:33:13
./shifts.go:33:15: 5 << c8 escapes to heap:
./shifts.go:33:15:   flow: {storage for ... argument} = &{storage for 5 << c8}:
./shifts.go:33:15:     from 5 << c8 (spill) at ./shifts.go:33:15
./shifts.go:33:15:     from ... argument (slice-literal-element) at ./shifts.go:33:13
./shifts.go:33:15:   flow: {heap} = {storage for ... argument}:
./shifts.go:33:15:     from ... argument (spill) at ./shifts.go:33:13
./shifts.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:33:13
./shifts.go:27:33: u32 << 32 escapes to heap:
./shifts.go:27:33:   flow: {storage for ... argument} = &{storage for u32 << 32}:
./shifts.go:27:33:     from u32 << 32 (spill) at ./shifts.go:27:33
./shifts.go:27:33:     from ... argument (slice-literal-element) at ./shifts.go:27:13
./shifts.go:27:33:   flow: {heap} = {storage for ... argument}:
./shifts.go:27:33:     from ... argument (spill) at ./shifts.go:27:13
./shifts.go:27:33:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:27:13
./shifts.go:27:25: u32 >> 4 escapes to heap:
./shifts.go:27:25:   flow: {storage for ... argument} = &{storage for u32 >> 4}:
./shifts.go:27:25:     from u32 >> 4 (spill) at ./shifts.go:27:25
./shifts.go:27:25:     from ... argument (slice-literal-element) at ./shifts.go:27:13
./shifts.go:27:25:   flow: {heap} = {storage for ... argument}:
./shifts.go:27:25:     from ... argument (spill) at ./shifts.go:27:13
./shifts.go:27:25:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:27:13
./shifts.go:27:17: u32 << 4 escapes to heap:
./shifts.go:27:17:   flow: {storage for ... argument} = &{storage for u32 << 4}:
./shifts.go:27:17:     from u32 << 4 (spill) at ./shifts.go:27:17
./shifts.go:27:17:     from ... argument (slice-literal-element) at ./shifts.go:27:13
./shifts.go:27:17:   flow: {heap} = {storage for ... argument}:
./shifts.go:27:17:     from ... argument (spill) at ./shifts.go:27:13
./shifts.go:27:17:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:27:13
./shifts.go:25:26: i16 << 16 escapes to heap:
./shifts.go:25:26:   flow: {storage for ... argument} = &{storage for i16 << 16}:
./shifts.go:25:26:     from i16 << 16 (spill) at ./shifts.go:25:26
./shifts.go:25:26:     from ... argument (slice-literal-element) at ./shifts.go:25:13
./shifts.go:25:26:   flow: {heap} = {storage for ... argument}:
./shifts.go:25:26:     from ... argument (spill) at ./shifts.go:25:13
./shifts.go:25:26:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:25:13
./shifts.go:25:17: i16 << 15 escapes to heap:
./shifts.go:25:17:   flow: {storage for ... argument} = &{storage for i16 << 15}:
./shifts.go:25:17:     from i16 << 15 (spill) at ./shifts.go:25:17
./shifts.go:25:17:     from ... argument (slice-literal-element) at ./shifts.go:25:13
./shifts.go:25:17:   flow: {heap} = {storage for ... argument}:
./shifts.go:25:17:     from ... argument (spill) at ./shifts.go:25:13
./shifts.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:25:13
./shifts.go:23:44: u8 >> 8 escapes to heap:
./shifts.go:23:44:   flow: {storage for ... argument} = &{storage for u8 >> 8}:
./shifts.go:23:44:     from u8 >> 8 (spill) at ./shifts.go:23:44
./shifts.go:23:44:     from ... argument (slice-literal-element) at ./shifts.go:23:13
./shifts.go:23:44:   flow: {heap} = {storage for ... argument}:
./shifts.go:23:44:     from ... argument (spill) at ./shifts.go:23:13
./shifts.go:23:44:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:23:13
./shifts.go:23:37: u8 << 8 escapes to heap:
./shifts.go:23:37:   flow: {storage for ... argument} = &{storage for u8 << 8}:
./shifts.go:23:37:     from u8 << 8 (spill) at ./shifts.go:23:37
./shifts.go:23:37:     from ... argument (slice-literal-element) at ./shifts.go:23:13
./shifts.go:23:37:   flow: {heap} = {storage for ... argument}:
./shifts.go:23:37:     from ... argument (spill) at ./shifts.go:23:13
./shifts.go:23:37:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:23:13
./shifts.go:23:30: u8 << 7 escapes to heap:
./shifts.go:23:30:   flow: {storage for ... argument} = &{storage for u8 << 7}:
./shifts.go:23:30:     from u8 << 7 (spill) at ./shifts.go:23:30
./shifts.go:23:30:     from ... argument (slice-literal-element) at ./shifts.go:23:13
./shifts.go:23:30:   flow: {heap} = {storage for ... argument}:
./shifts.go:23:30:     from ... argument (spill) at ./shifts.go:23:13
./shifts.go:23:30:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:23:13
./shifts.go:23:23: u8 >> 1 escapes to heap:
./shifts.go:23:23:   flow: {storage for ... argument} = &{storage for u8 >> 1}:
./shifts.go:23:23:     from u8 >> 1 (spill) at ./shifts.go:23:23
./shifts.go:23:23:     from ... argument (slice-literal-element) at ./shifts.go:23:13
./shifts.go:23:23:   flow: {heap} = {storage for ... argument}:
./shifts.go:23:23:     from ... argument (spill) at ./shifts.go:23:13
./shifts.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:23:13
./shifts.go:23:16: u8 << 1 escapes to heap:
./shifts.go:23:16:   flow: {storage for ... argument} = &{storage for u8 << 1}:
./shifts.go:23:16:     from u8 << 1 (spill) at ./shifts.go:23:16
./shifts.go:23:16:     from ... argument (slice-literal-element) at ./shifts.go:23:13
./shifts.go:23:16:   flow: {heap} = {storage for ... argument}:
./shifts.go:23:16:     from ... argument (spill) at ./shifts.go:23:13
./shifts.go:23:16:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:23:13
./shifts.go:21:45: i8b << 1 escapes to heap:
./shifts.go:21:45:   flow: {storage for ... argument} = &{storage for i8b << 1}:
./shifts.go:21:45:     from i8b << 1 (spill) at ./shifts.go:21:45
./shifts.go:21:45:     from ... argument (slice-literal-element) at ./shifts.go:21:13
./shifts.go:21:45:   flow: {heap} = {storage for ... argument}:
./shifts.go:21:45:     from ... argument (spill) at ./shifts.go:21:13
./shifts.go:21:45:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:21:13
./shifts.go:21:37: i8 << 1 escapes to heap:
./shifts.go:21:37:   flow: {storage for ... argument} = &{storage for i8 << 1}:
./shifts.go:21:37:     from i8 << 1 (spill) at ./shifts.go:21:37
./shifts.go:21:37:     from ... argument (slice-literal-element) at ./shifts.go:21:13
./shifts.go:21:37:   flow: {heap} = {storage for ... argument}:
./shifts.go:21:37:     from ... argument (spill) at ./shifts.go:21:13
./shifts.go:21:37:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:21:13
./shifts.go:21:30: i8 >> 8 escapes to heap:
./shifts.go:21:30:   flow: {storage for ... argument} = &{storage for i8 >> 8}:
./shifts.go:21:30:     from i8 >> 8 (spill) at ./shifts.go:21:30
./shifts.go:21:30:     from ... argument (slice-literal-element) at ./shifts.go:21:13
./shifts.go:21:30:   flow: {heap} = {storage for ... argument}:
./shifts.go:21:30:     from ... argument (spill) at ./shifts.go:21:13
./shifts.go:21:30:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:21:13
./shifts.go:21:23: i8 >> 7 escapes to heap:
./shifts.go:21:23:   flow: {storage for ... argument} = &{storage for i8 >> 7}:
./shifts.go:21:23:     from i8 >> 7 (spill) at ./shifts.go:21:23
./shifts.go:21:23:     from ... argument (slice-literal-element) at ./shifts.go:21:13
./shifts.go:21:23:   flow: {heap} = {storage for ... argument}:
./shifts.go:21:23:     from ... argument (spill) at ./shifts.go:21:13
./shifts.go:21:23:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:21:13
./shifts.go:21:16: i8 >> 1 escapes to heap:
./shifts.go:21:16:   flow: {storage for ... argument} = &{storage for i8 >> 1}:
./shifts.go:21:16:     from i8 >> 1 (spill) at ./shifts.go:21:16
./shifts.go:21:16:     from ... argument (slice-literal-element) at ./shifts.go:21:13
./shifts.go:21:16:   flow: {heap} = {storage for ... argument}:
./shifts.go:21:16:     from ... argument (spill) at ./shifts.go:21:13
./shifts.go:21:16:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:21:13
./shifts.go:17:35: y << 1 escapes to heap:
./shifts.go:17:35:   flow: {storage for ... argument} = &{storage for y << 1}:
./shifts.go:17:35:     from y << 1 (spill) at ./shifts.go:17:35
./shifts.go:17:35:     from ... argument (slice-literal-element) at ./shifts.go:17:13
./shifts.go:17:35:   flow: {heap} = {storage for ... argument}:
./shifts.go:17:35:     from ... argument (spill) at ./shifts.go:17:13
./shifts.go:17:35:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:17:13
./shifts.go:17:28: y >> 63 escapes to heap:
./shifts.go:17:28:   flow: {storage for ... argument} = &{storage for y >> 63}:
./shifts.go:17:28:     from y >> 63 (spill) at ./shifts.go:17:28
./shifts.go:17:28:     from ... argument (slice-literal-element) at ./shifts.go:17:13
./shifts.go:17:28:   flow: {heap} = {storage for ... argument}:
./shifts.go:17:28:     from ... argument (spill) at ./shifts.go:17:13
./shifts.go:17:28:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:17:13
./shifts.go:17:21: y >> 62 escapes to heap:
./shifts.go:17:21:   flow: {storage for ... argument} = &{storage for y >> 62}:
./shifts.go:17:21:     from y >> 62 (spill) at ./shifts.go:17:21
./shifts.go:17:21:     from ... argument (slice-literal-element) at ./shifts.go:17:13
./shifts.go:17:21:   flow: {heap} = {storage for ... argument}:
./shifts.go:17:21:     from ... argument (spill) at ./shifts.go:17:13
./shifts.go:17:21:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:17:13
./shifts.go:17:15: y >> 1 escapes to heap:
./shifts.go:17:15:   flow: {storage for ... argument} = &{storage for y >> 1}:
./shifts.go:17:15:     from y >> 1 (spill) at ./shifts.go:17:15
./shifts.go:17:15:     from ... argument (slice-literal-element) at ./shifts.go:17:13
./shifts.go:17:15:   flow: {heap} = {storage for ... argument}:
./shifts.go:17:15:     from ... argument (spill) at ./shifts.go:17:13
./shifts.go:17:15:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:17:13
./shifts.go:15:41: x >> 200 escapes to heap:
./shifts.go:15:41:   flow: {storage for ... argument} = &{storage for x >> 200}:
./shifts.go:15:41:     from x >> 200 (spill) at ./shifts.go:15:41
./shifts.go:15:41:     from ... argument (slice-literal-element) at ./shifts.go:15:13
./shifts.go:15:41:   flow: {heap} = {storage for ... argument}:
./shifts.go:15:41:     from ... argument (spill) at ./shifts.go:15:13
./shifts.go:15:41:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:15:13
./shifts.go:15:34: x >> 64 escapes to heap:
./shifts.go:15:34:   flow: {storage for ... argument} = &{storage for x >> 64}:
./shifts.go:15:34:     from x >> 64 (spill) at ./shifts.go:15:34
./shifts.go:15:34:     from ... argument (slice-literal-element) at ./shifts.go:15:13
./shifts.go:15:34:   flow: {heap} = {storage for ... argument}:
./shifts.go:15:34:     from ... argument (spill) at ./shifts.go:15:13
./shifts.go:15:34:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:15:13
./shifts.go:15:27: x >> 63 escapes to heap:
./shifts.go:15:27:   flow: {storage for ... argument} = &{storage for x >> 63}:
./shifts.go:15:27:     from x >> 63 (spill) at ./shifts.go:15:27
./shifts.go:15:27:     from ... argument (slice-literal-element) at ./shifts.go:15:13
./shifts.go:15:27:   flow: {heap} = {storage for ... argument}:
./shifts.go:15:27:     from ... argument (spill) at ./shifts.go:15:13
./shifts.go:15:27:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:15:13
./shifts.go:15:21: x >> 1 escapes to heap:
./shifts.go:15:21:   flow: {storage for ... argument} = &{storage for x >> 1}:
./shifts.go:15:21:     from x >> 1 (spill) at ./shifts.go:15:21
./shifts.go:15:21:     from ... argument (slice-literal-element) at ./shifts.go:15:13
./shifts.go:15:21:   flow: {heap} = {storage for ... argument}:
./shifts.go:15:21:     from ... argument (spill) at ./shifts.go:15:13
./shifts.go:15:21:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:15:13
./shifts.go:15:15: x << 1 escapes to heap:
./shifts.go:15:15:   flow: {storage for ... argument} = &{storage for x << 1}:
./shifts.go:15:15:     from x << 1 (spill) at ./shifts.go:15:15
./shifts.go:15:15:     from ... argument (slice-literal-element) at ./shifts.go:15:13
./shifts.go:15:15:   flow: {heap} = {storage for ... argument}:
./shifts.go:15:15:     from ... argument (spill) at ./shifts.go:15:13
./shifts.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:15:13
./shifts.go:12:25: one << (s + 1) escapes to heap:
./shifts.go:12:25:   flow: {storage for ... argument} = &{storage for one << (s + 1)}:
./shifts.go:12:25:     from one << (s + 1) (spill) at ./shifts.go:12:25
./shifts.go:12:25:     from ... argument (slice-literal-element) at ./shifts.go:12:13
./shifts.go:12:25:   flow: {heap} = {storage for ... argument}:
./shifts.go:12:25:     from ... argument (spill) at ./shifts.go:12:13
./shifts.go:12:25:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:12:13
./shifts.go:12:17: one << s escapes to heap:
./shifts.go:12:17:   flow: {storage for ... argument} = &{storage for one << s}:
./shifts.go:12:17:     from one << s (spill) at ./shifts.go:12:17
./shifts.go:12:17:     from ... argument (slice-literal-element) at ./shifts.go:12:13
./shifts.go:12:17:   flow: {heap} = {storage for ... argument}:
./shifts.go:12:17:     from ... argument (spill) at ./shifts.go:12:13
./shifts.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:12:13
./shifts.go:10:35: one << 65 escapes to heap:
./shifts.go:10:35:   flow: {storage for ... argument} = &{storage for one << 65}:
./shifts.go:10:35:     from one << 65 (spill) at ./shifts.go:10:35
./shifts.go:10:35:     from ... argument (slice-literal-element) at ./shifts.go:10:13
./shifts.go:10:35:   flow: {heap} = {storage for ... argument}:
./shifts.go:10:35:     from ... argument (spill) at ./shifts.go:10:13
./shifts.go:10:35:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:10:13
./shifts.go:10:26: one << 64 escapes to heap:
./shifts.go:10:26:   flow: {storage for ... argument} = &{storage for one << 64}:
./shifts.go:10:26:     from one << 64 (spill) at ./shifts.go:10:26
./shifts.go:10:26:     from ... argument (slice-literal-element) at ./shifts.go:10:13
./shifts.go:10:26:   flow: {heap} = {storage for ... argument}:
./shifts.go:10:26:     from ... argument (spill) at ./shifts.go:10:13
./shifts.go:10:26:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:10:13
./shifts.go:10:17: one << 63 escapes to heap:
./shifts.go:10:17:   flow: {storage for ... argument} = &{storage for one << 63}:
./shifts.go:10:17:     from one << 63 (spill) at ./shifts.go:10:17
./shifts.go:10:17:     from ... argument (slice-literal-element) at ./shifts.go:10:13
./shifts.go:10:17:   flow: {heap} = {storage for ... argument}:
./shifts.go:10:17:     from ... argument (spill) at ./shifts.go:10:13
./shifts.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:10:13
./shifts.go:10:13: ... argument does not escape
./shifts.go:10:17: one << 63 escapes to heap
./shifts.go:10:26: one << 64 escapes to heap
./shifts.go:10:35: one << 65 escapes to heap
./shifts.go:12:13: ... argument does not escape
./shifts.go:12:17: one << s escapes to heap
./shifts.go:12:25: one << (s + 1) escapes to heap
./shifts.go:15:13: ... argument does not escape
./shifts.go:15:15: x << 1 escapes to heap
./shifts.go:15:21: x >> 1 escapes to heap
./shifts.go:15:27: x >> 63 escapes to heap
./shifts.go:15:34: x >> 64 escapes to heap
./shifts.go:15:41: x >> 200 escapes to heap
./shifts.go:17:13: ... argument does not escape
./shifts.go:17:15: y >> 1 escapes to heap
./shifts.go:17:21: y >> 62 escapes to heap
./shifts.go:17:28: y >> 63 escapes to heap
./shifts.go:17:35: y << 1 escapes to heap
./shifts.go:21:13: ... argument does not escape
./shifts.go:21:16: i8 >> 1 escapes to heap
./shifts.go:21:23: i8 >> 7 escapes to heap
./shifts.go:21:30: i8 >> 8 escapes to heap
./shifts.go:21:37: i8 << 1 escapes to heap
./shifts.go:21:45: i8b << 1 escapes to heap
./shifts.go:23:13: ... argument does not escape
./shifts.go:23:16: u8 << 1 escapes to heap
./shifts.go:23:23: u8 >> 1 escapes to heap
./shifts.go:23:30: u8 << 7 escapes to heap
./shifts.go:23:37: u8 << 8 escapes to heap
./shifts.go:23:44: u8 >> 8 escapes to heap
./shifts.go:25:13: ... argument does not escape
./shifts.go:25:17: i16 << 15 escapes to heap
./shifts.go:25:26: i16 << 16 escapes to heap
./shifts.go:27:13: ... argument does not escape
./shifts.go:27:17: u32 << 4 escapes to heap
./shifts.go:27:25: u32 >> 4 escapes to heap
./shifts.go:27:33: u32 << 32 escapes to heap
./shifts.go:33:13: ... argument does not escape
./shifts.go:33:15: 5 << c8 escapes to heap
./shifts.go:33:22: 5 << c16 escapes to heap
./shifts.go:33:30: 5 << c64 escapes to heap
./shifts.go:33:41: 1024 >> c64 escapes to heap
./shifts.go:37:13: ... argument does not escape
./shifts.go:37:15: 1 << big escapes to heap
./shifts.go:37:24: -1 >> big escapes to heap
./shifts.go:37:40: uint32(7) >> big escapes to heap
./shifts.go:41:13: ... argument does not escape
./shifts.go:41:14: k escapes to heap
./shifts.go:43:13: ... argument does not escape
./shifts.go:43:14: h escapes to heap
./shifts.go:44:13: ... argument does not escape
./shifts.go:44:20: uint64(1 << 64 - 1) escapes to heap
./shifts.go:49:13: ... argument does not escape
./shifts.go:49:13: z escapes to heap
./shifts.go:51:13: ... argument does not escape
./shifts.go:51:13: z escapes to heap
./shifts.go:55:13: ... argument does not escape
./shifts.go:55:13: w escapes to heap
