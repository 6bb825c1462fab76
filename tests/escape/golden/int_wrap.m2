./int_wrap.go:76:35: y * y * 4 escapes to heap:
./int_wrap.go:76:35:   flow: {storage for ... argument} = &{storage for y * y * 4}:
./int_wrap.go:76:35:     from y * y * 4 (spill) at ./int_wrap.go:76:35
./int_wrap.go:76:35:     from ... argument (slice-literal-element) at ./int_wrap.go:76:13
./int_wrap.go:76:35:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:76:35:     from ... argument (spill) at ./int_wrap.go:76:13
./int_wrap.go:76:35:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:76:13
./int_wrap.go:76:14: "(2^31-1)^2*4 =" escapes to heap:
./int_wrap.go:76:14:   flow: {storage for ... argument} = &{storage for "(2^31-1)^2*4 ="}:
./int_wrap.go:76:14:     from "(2^31-1)^2*4 =" (spill) at ./int_wrap.go:76:14
./int_wrap.go:76:14:     from ... argument (slice-literal-element) at ./int_wrap.go:76:13
./int_wrap.go:76:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:76:14:     from ... argument (spill) at ./int_wrap.go:76:13
./int_wrap.go:76:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:76:13
./int_wrap.go:74:33: x * x escapes to heap:
./int_wrap.go:74:33:   flow: {storage for ... argument} = &{storage for x * x}:
./int_wrap.go:74:33:     from x * x (spill) at ./int_wrap.go:74:33
./int_wrap.go:74:33:     from ... argument (slice-literal-element) at ./int_wrap.go:74:13
./int_wrap.go:74:33:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:74:33:     from ... argument (spill) at ./int_wrap.go:74:13
./int_wrap.go:74:33:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:74:13
./int_wrap.go:74:14: "3037000500^2 =" escapes to heap:
./int_wrap.go:74:14:   flow: {storage for ... argument} = &{storage for "3037000500^2 ="}:
./int_wrap.go:74:14:     from "3037000500^2 =" (spill) at ./int_wrap.go:74:14
./int_wrap.go:74:14:     from ... argument (slice-literal-element) at ./int_wrap.go:74:13
./int_wrap.go:74:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:74:14:     from ... argument (spill) at ./int_wrap.go:74:13
./int_wrap.go:74:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:74:13
./int_wrap.go:70:30: ui - 2 escapes to heap:
./int_wrap.go:70:30:   flow: {storage for ... argument} = &{storage for ui - 2}:
./int_wrap.go:70:30:     from ui - 2 (spill) at ./int_wrap.go:70:30
./int_wrap.go:70:30:     from ... argument (slice-literal-element) at ./int_wrap.go:70:13
./int_wrap.go:70:30:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:70:30:     from ... argument (spill) at ./int_wrap.go:70:13
./int_wrap.go:70:30:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:70:13
./int_wrap.go:70:14: "uint 1-2 =" escapes to heap:
./int_wrap.go:70:14:   flow: {storage for ... argument} = &{storage for "uint 1-2 ="}:
./int_wrap.go:70:14:     from "uint 1-2 =" (spill) at ./int_wrap.go:70:14
./int_wrap.go:70:14:     from ... argument (slice-literal-element) at ./int_wrap.go:70:13
./int_wrap.go:70:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:70:14:     from ... argument (spill) at ./int_wrap.go:70:13
./int_wrap.go:70:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:70:13
./int_wrap.go:68:14: up escapes to heap:
./int_wrap.go:68:14:   flow: {storage for ... argument} = &{storage for up}:
./int_wrap.go:68:14:     from up (spill) at ./int_wrap.go:68:14
./int_wrap.go:68:14:     from ... argument (slice-literal-element) at ./int_wrap.go:68:13
./int_wrap.go:68:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:68:14:     from ... argument (spill) at ./int_wrap.go:68:13
./int_wrap.go:68:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:68:13
./int_wrap.go:68:14: "uintptr 0-1 =" escapes to heap:
./int_wrap.go:68:14:   flow: {storage for ... argument} = &{storage for "uintptr 0-1 ="}:
./int_wrap.go:68:14:     from "uintptr 0-1 =" (spill) at ./int_wrap.go:68:14
./int_wrap.go:68:14:     from ... argument (slice-literal-element) at ./int_wrap.go:68:13
./int_wrap.go:68:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:68:14:     from ... argument (spill) at ./int_wrap.go:68:13
./int_wrap.go:68:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:68:13
./int_wrap.go:64:48: n8 % m8 escapes to heap:
./int_wrap.go:64:48:   flow: {storage for ... argument} = &{storage for n8 % m8}:
./int_wrap.go:64:48:     from n8 % m8 (spill) at ./int_wrap.go:64:48
./int_wrap.go:64:48:     from ... argument (slice-literal-element) at ./int_wrap.go:64:13
./int_wrap.go:64:48:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:64:48:     from ... argument (spill) at ./int_wrap.go:64:13
./int_wrap.go:64:48:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:64:13
./int_wrap.go:64:39: "rem" escapes to heap:
./int_wrap.go:64:39:   flow: {storage for ... argument} = &{storage for "rem"}:
./int_wrap.go:64:39:     from "rem" (spill) at ./int_wrap.go:64:39
./int_wrap.go:64:39:     from ... argument (slice-literal-element) at ./int_wrap.go:64:13
./int_wrap.go:64:39:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:64:39:     from ... argument (spill) at ./int_wrap.go:64:13
./int_wrap.go:64:39:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:64:13
./int_wrap.go:64:34: n8 / m8 escapes to heap:
./int_wrap.go:64:34:   flow: {storage for ... argument} = &{storage for n8 / m8}:
./int_wrap.go:64:34:     from n8 / m8 (spill) at ./int_wrap.go:64:34
./int_wrap.go:64:34:     from ... argument (slice-literal-element) at ./int_wrap.go:64:13
./int_wrap.go:64:34:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:64:34:     from ... argument (spill) at ./int_wrap.go:64:13
./int_wrap.go:64:34:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:64:13
./int_wrap.go:64:14: "MinInt8 / -1 =" escapes to heap:
./int_wrap.go:64:14:   flow: {storage for ... argument} = &{storage for "MinInt8 / -1 ="}:
./int_wrap.go:64:14:     from "MinInt8 / -1 =" (spill) at ./int_wrap.go:64:14
./int_wrap.go:64:14:     from ... argument (slice-literal-element) at ./int_wrap.go:64:13
./int_wrap.go:64:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:64:14:     from ... argument (spill) at ./int_wrap.go:64:13
./int_wrap.go:64:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:64:13
./int_wrap.go:61:52: n32 % m32 escapes to heap:
./int_wrap.go:61:52:   flow: {storage for ... argument} = &{storage for n32 % m32}:
./int_wrap.go:61:52:     from n32 % m32 (spill) at ./int_wrap.go:61:52
./int_wrap.go:61:52:     from ... argument (slice-literal-element) at ./int_wrap.go:61:13
./int_wrap.go:61:52:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:61:52:     from ... argument (spill) at ./int_wrap.go:61:13
./int_wrap.go:61:52:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:61:13
./int_wrap.go:61:42: "rem" escapes to heap:
./int_wrap.go:61:42:   flow: {storage for ... argument} = &{storage for "rem"}:
./int_wrap.go:61:42:     from "rem" (spill) at ./int_wrap.go:61:42
./int_wrap.go:61:42:     from ... argument (slice-literal-element) at ./int_wrap.go:61:13
./int_wrap.go:61:42:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:61:42:     from ... argument (spill) at ./int_wrap.go:61:13
./int_wrap.go:61:42:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:61:13
./int_wrap.go:61:36: n32 / m32 escapes to heap:
./int_wrap.go:61:36:   flow: {storage for ... argument} = &{storage for n32 / m32}:
./int_wrap.go:61:36:     from n32 / m32 (spill) at ./int_wrap.go:61:36
./int_wrap.go:61:36:     from ... argument (slice-literal-element) at ./int_wrap.go:61:13
./int_wrap.go:61:36:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:61:36:     from ... argument (spill) at ./int_wrap.go:61:13
./int_wrap.go:61:36:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:61:13
./int_wrap.go:61:14: "MinInt32 / -1 =" escapes to heap:
./int_wrap.go:61:14:   flow: {storage for ... argument} = &{storage for "MinInt32 / -1 ="}:
./int_wrap.go:61:14:     from "MinInt32 / -1 =" (spill) at ./int_wrap.go:61:14
./int_wrap.go:61:14:     from ... argument (slice-literal-element) at ./int_wrap.go:61:13
./int_wrap.go:61:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:61:14:     from ... argument (spill) at ./int_wrap.go:61:13
./int_wrap.go:61:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:61:13
./int_wrap.go:58:29: -n escapes to heap:
./int_wrap.go:58:29:   flow: {storage for ... argument} = &{storage for -n}:
./int_wrap.go:58:29:     from -n (spill) at ./int_wrap.go:58:29
./int_wrap.go:58:29:     from ... argument (slice-literal-element) at ./int_wrap.go:58:13
./int_wrap.go:58:29:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:58:29:     from ... argument (spill) at ./int_wrap.go:58:13
./int_wrap.go:58:29:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:58:13
./int_wrap.go:58:14: "-MinInt64 =" escapes to heap:
./int_wrap.go:58:14:   flow: {storage for ... argument} = &{storage for "-MinInt64 ="}:
./int_wrap.go:58:14:     from "-MinInt64 =" (spill) at ./int_wrap.go:58:14
./int_wrap.go:58:14:     from ... argument (slice-literal-element) at ./int_wrap.go:58:13
./int_wrap.go:58:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:58:14:     from ... argument (spill) at ./int_wrap.go:58:13
./int_wrap.go:58:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:58:13
./int_wrap.go:57:34: n % m escapes to heap:
./int_wrap.go:57:34:   flow: {storage for ... argument} = &{storage for n % m}:
./int_wrap.go:57:34:     from n % m (spill) at ./int_wrap.go:57:34
./int_wrap.go:57:34:     from ... argument (slice-literal-element) at ./int_wrap.go:57:13
./int_wrap.go:57:34:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:57:34:     from ... argument (spill) at ./int_wrap.go:57:13
./int_wrap.go:57:34:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:57:13
./int_wrap.go:57:14: "MinInt64 % -1 =" escapes to heap:
./int_wrap.go:57:14:   flow: {storage for ... argument} = &{storage for "MinInt64 % -1 ="}:
./int_wrap.go:57:14:     from "MinInt64 % -1 =" (spill) at ./int_wrap.go:57:14
./int_wrap.go:57:14:     from ... argument (slice-literal-element) at ./int_wrap.go:57:13
./int_wrap.go:57:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:57:14:     from ... argument (spill) at ./int_wrap.go:57:13
./int_wrap.go:57:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:57:13
./int_wrap.go:56:34: n / m escapes to heap:
./int_wrap.go:56:34:   flow: {storage for ... argument} = &{storage for n / m}:
./int_wrap.go:56:34:     from n / m (spill) at ./int_wrap.go:56:34
./int_wrap.go:56:34:     from ... argument (slice-literal-element) at ./int_wrap.go:56:13
./int_wrap.go:56:34:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:56:34:     from ... argument (spill) at ./int_wrap.go:56:13
./int_wrap.go:56:34:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:56:13
./int_wrap.go:56:14: "MinInt64 / -1 =" escapes to heap:
./int_wrap.go:56:14:   flow: {storage for ... argument} = &{storage for "MinInt64 / -1 ="}:
./int_wrap.go:56:14:     from "MinInt64 / -1 =" (spill) at ./int_wrap.go:56:14
./int_wrap.go:56:14:     from ... argument (slice-literal-element) at ./int_wrap.go:56:13
./int_wrap.go:56:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:56:14:     from ... argument (spill) at ./int_wrap.go:56:13
./int_wrap.go:56:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:56:13
./int_wrap.go:52:39: u64 * 2 escapes to heap:
./int_wrap.go:52:39:   flow: {storage for ... argument} = &{storage for u64 * 2}:
./int_wrap.go:52:39:     from u64 * 2 (spill) at ./int_wrap.go:52:39
./int_wrap.go:52:39:     from ... argument (slice-literal-element) at ./int_wrap.go:52:13
./int_wrap.go:52:39:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:52:39:     from ... argument (spill) at ./int_wrap.go:52:13
./int_wrap.go:52:39:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:52:13
./int_wrap.go:52:14: "uint64 1<<63 * 2 =" escapes to heap:
./int_wrap.go:52:14:   flow: {storage for ... argument} = &{storage for "uint64 1<<63 * 2 ="}:
./int_wrap.go:52:14:     from "uint64 1<<63 * 2 =" (spill) at ./int_wrap.go:52:14
./int_wrap.go:52:14:     from ... argument (slice-literal-element) at ./int_wrap.go:52:13
./int_wrap.go:52:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:52:14:     from ... argument (spill) at ./int_wrap.go:52:13
./int_wrap.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:52:13
./int_wrap.go:50:14: u64 escapes to heap:
./int_wrap.go:50:14:   flow: {storage for ... argument} = &{storage for u64}:
./int_wrap.go:50:14:     from u64 (spill) at ./int_wrap.go:50:14
./int_wrap.go:50:14:     from ... argument (slice-literal-element) at ./int_wrap.go:50:13
./int_wrap.go:50:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:50:14:     from ... argument (spill) at ./int_wrap.go:50:13
./int_wrap.go:50:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:50:13
./int_wrap.go:50:14: "uint64 max+1 =" escapes to heap:
./int_wrap.go:50:14:   flow: {storage for ... argument} = &{storage for "uint64 max+1 ="}:
./int_wrap.go:50:14:     from "uint64 max+1 =" (spill) at ./int_wrap.go:50:14
./int_wrap.go:50:14:     from ... argument (slice-literal-element) at ./int_wrap.go:50:13
./int_wrap.go:50:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:50:14:     from ... argument (spill) at ./int_wrap.go:50:13
./int_wrap.go:50:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:50:13
./int_wrap.go:47:14: i64 escapes to heap:
./int_wrap.go:47:14:   flow: {storage for ... argument} = &{storage for i64}:
./int_wrap.go:47:14:     from i64 (spill) at ./int_wrap.go:47:14
./int_wrap.go:47:14:     from ... argument (slice-literal-element) at ./int_wrap.go:47:13
./int_wrap.go:47:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:47:14:     from ... argument (spill) at ./int_wrap.go:47:13
./int_wrap.go:47:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:47:13
./int_wrap.go:47:14: "int64 max+1 =" escapes to heap:
./int_wrap.go:47:14:   flow: {storage for ... argument} = &{storage for "int64 max+1 ="}:
./int_wrap.go:47:14:     from "int64 max+1 =" (spill) at ./int_wrap.go:47:14
./int_wrap.go:47:14:     from ... argument (slice-literal-element) at ./int_wrap.go:47:13
./int_wrap.go:47:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:47:14:     from ... argument (spill) at ./int_wrap.go:47:13
./int_wrap.go:47:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:47:13
./int_wrap.go:43:35: u32 * 2 escapes to heap:
./int_wrap.go:43:35:   flow: {storage for ... argument} = &{storage for u32 * 2}:
./int_wrap.go:43:35:     from u32 * 2 (spill) at ./int_wrap.go:43:35
./int_wrap.go:43:35:     from ... argument (slice-literal-element) at ./int_wrap.go:43:13
./int_wrap.go:43:35:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:43:35:     from ... argument (spill) at ./int_wrap.go:43:13
./int_wrap.go:43:35:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:43:13
./int_wrap.go:43:14: "uint32 4e9*2 =" escapes to heap:
./int_wrap.go:43:14:   flow: {storage for ... argument} = &{storage for "uint32 4e9*2 ="}:
./int_wrap.go:43:14:     from "uint32 4e9*2 =" (spill) at ./int_wrap.go:43:14
./int_wrap.go:43:14:     from ... argument (slice-literal-element) at ./int_wrap.go:43:13
./int_wrap.go:43:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:43:14:     from ... argument (spill) at ./int_wrap.go:43:13
./int_wrap.go:43:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:43:13
./int_wrap.go:41:14: u32 escapes to heap:
./int_wrap.go:41:14:   flow: {storage for ... argument} = &{storage for u32}:
./int_wrap.go:41:14:     from u32 (spill) at ./int_wrap.go:41:14
./int_wrap.go:41:14:     from ... argument (slice-literal-element) at ./int_wrap.go:41:13
./int_wrap.go:41:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:41:14:     from ... argument (spill) at ./int_wrap.go:41:13
./int_wrap.go:41:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:41:13
./int_wrap.go:41:14: "uint32 0-1 =" escapes to heap:
./int_wrap.go:41:14:   flow: {storage for ... argument} = &{storage for "uint32 0-1 ="}:
./int_wrap.go:41:14:     from "uint32 0-1 =" (spill) at ./int_wrap.go:41:14
./int_wrap.go:41:14:     from ... argument (slice-literal-element) at ./int_wrap.go:41:13
./int_wrap.go:41:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:41:14:     from ... argument (spill) at ./int_wrap.go:41:13
./int_wrap.go:41:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:41:13
./int_wrap.go:38:14: i32 escapes to heap:
./int_wrap.go:38:14:   flow: {storage for ... argument} = &{storage for i32}:
./int_wrap.go:38:14:     from i32 (spill) at ./int_wrap.go:38:14
./int_wrap.go:38:14:     from ... argument (slice-literal-element) at ./int_wrap.go:38:13
./int_wrap.go:38:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:38:14:     from ... argument (spill) at ./int_wrap.go:38:13
./int_wrap.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:38:13
./int_wrap.go:38:14: "int32 max+1 =" escapes to heap:
./int_wrap.go:38:14:   flow: {storage for ... argument} = &{storage for "int32 max+1 ="}:
./int_wrap.go:38:14:     from "int32 max+1 =" (spill) at ./int_wrap.go:38:14
./int_wrap.go:38:14:     from ... argument (slice-literal-element) at ./int_wrap.go:38:13
./int_wrap.go:38:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:38:14:     from ... argument (spill) at ./int_wrap.go:38:13
./int_wrap.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:38:13
./int_wrap.go:34:14: u16 escapes to heap:
./int_wrap.go:34:14:   flow: {storage for ... argument} = &{storage for u16}:
./int_wrap.go:34:14:     from u16 (spill) at ./int_wrap.go:34:14
./int_wrap.go:34:14:     from ... argument (slice-literal-element) at ./int_wrap.go:34:13
./int_wrap.go:34:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:34:14:     from ... argument (spill) at ./int_wrap.go:34:13
./int_wrap.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:34:13
./int_wrap.go:34:14: "uint16 65535*65535 =" escapes to heap:
./int_wrap.go:34:14:   flow: {storage for ... argument} = &{storage for "uint16 65535*65535 ="}:
./int_wrap.go:34:14:     from "uint16 65535*65535 =" (spill) at ./int_wrap.go:34:14
./int_wrap.go:34:14:     from ... argument (slice-literal-element) at ./int_wrap.go:34:13
./int_wrap.go:34:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:34:14:     from ... argument (spill) at ./int_wrap.go:34:13
./int_wrap.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:34:13
./int_wrap.go:31:14: i16 escapes to heap:
./int_wrap.go:31:14:   flow: {storage for ... argument} = &{storage for i16}:
./int_wrap.go:31:14:     from i16 (spill) at ./int_wrap.go:31:14
./int_wrap.go:31:14:     from ... argument (slice-literal-element) at ./int_wrap.go:31:13
./int_wrap.go:31:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:31:14:     from ... argument (spill) at ./int_wrap.go:31:13
./int_wrap.go:31:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:31:13
./int_wrap.go:31:14: "int16 32767+2 =" escapes to heap:
./int_wrap.go:31:14:   flow: {storage for ... argument} = &{storage for "int16 32767+2 ="}:
./int_wrap.go:31:14:     from "int16 32767+2 =" (spill) at ./int_wrap.go:31:14
./int_wrap.go:31:14:     from ... argument (slice-literal-element) at ./int_wrap.go:31:13
./int_wrap.go:31:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:31:14:     from ... argument (spill) at ./int_wrap.go:31:13
./int_wrap.go:31:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:31:13
./int_wrap.go:27:32: i8 * 3 escapes to heap:
./int_wrap.go:27:32:   flow: {storage for ... argument} = &{storage for i8 * 3}:
./int_wrap.go:27:32:     from i8 * 3 (spill) at ./int_wrap.go:27:32
./int_wrap.go:27:32:     from ... argument (slice-literal-element) at ./int_wrap.go:27:13
./int_wrap.go:27:32:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:27:32:     from ... argument (spill) at ./int_wrap.go:27:13
./int_wrap.go:27:32:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:27:13
./int_wrap.go:27:14: "int8 100*3 =" escapes to heap:
./int_wrap.go:27:14:   flow: {storage for ... argument} = &{storage for "int8 100*3 ="}:
./int_wrap.go:27:14:     from "int8 100*3 =" (spill) at ./int_wrap.go:27:14
./int_wrap.go:27:14:     from ... argument (slice-literal-element) at ./int_wrap.go:27:13
./int_wrap.go:27:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:27:14:     from ... argument (spill) at ./int_wrap.go:27:13
./int_wrap.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:27:13
./int_wrap.go:25:31: -i8 escapes to heap:
./int_wrap.go:25:31:   flow: {storage for ... argument} = &{storage for -i8}:
./int_wrap.go:25:31:     from -i8 (spill) at ./int_wrap.go:25:31
./int_wrap.go:25:31:     from ... argument (slice-literal-element) at ./int_wrap.go:25:13
./int_wrap.go:25:31:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:25:31:     from ... argument (spill) at ./int_wrap.go:25:13
./int_wrap.go:25:31:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:25:13
./int_wrap.go:25:14: "-int8(-128) =" escapes to heap:
./int_wrap.go:25:14:   flow: {storage for ... argument} = &{storage for "-int8(-128) ="}:
./int_wrap.go:25:14:     from "-int8(-128) =" (spill) at ./int_wrap.go:25:14
./int_wrap.go:25:14:     from ... argument (slice-literal-element) at ./int_wrap.go:25:13
./int_wrap.go:25:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:25:14:     from ... argument (spill) at ./int_wrap.go:25:13
./int_wrap.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:25:13
./int_wrap.go:23:14: i8 escapes to heap:
./int_wrap.go:23:14:   flow: {storage for ... argument} = &{storage for i8}:
./int_wrap.go:23:14:     from i8 (spill) at ./int_wrap.go:23:14
./int_wrap.go:23:14:     from ... argument (slice-literal-element) at ./int_wrap.go:23:13
./int_wrap.go:23:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:23:14:     from ... argument (spill) at ./int_wrap.go:23:13
./int_wrap.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:23:13
./int_wrap.go:23:14: "int8 -128-1 =" escapes to heap:
./int_wrap.go:23:14:   flow: {storage for ... argument} = &{storage for "int8 -128-1 ="}:
./int_wrap.go:23:14:     from "int8 -128-1 =" (spill) at ./int_wrap.go:23:14
./int_wrap.go:23:14:     from ... argument (slice-literal-element) at ./int_wrap.go:23:13
./int_wrap.go:23:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:23:14:     from ... argument (spill) at ./int_wrap.go:23:13
./int_wrap.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:23:13
./int_wrap.go:20:14: i8 escapes to heap:
./int_wrap.go:20:14:   flow: {storage for ... argument} = &{storage for i8}:
./int_wrap.go:20:14:     from i8 (spill) at ./int_wrap.go:20:14
./int_wrap.go:20:14:     from ... argument (slice-literal-element) at ./int_wrap.go:20:13
./int_wrap.go:20:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:20:14:     from ... argument (spill) at ./int_wrap.go:20:13
./int_wrap.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:20:13
./int_wrap.go:20:14: "int8 127+1 =" escapes to heap:
./int_wrap.go:20:14:   flow: {storage for ... argument} = &{storage for "int8 127+1 ="}:
./int_wrap.go:20:14:     from "int8 127+1 =" (spill) at ./int_wrap.go:20:14
./int_wrap.go:20:14:     from ... argument (slice-literal-element) at ./int_wrap.go:20:13
./int_wrap.go:20:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:20:14:     from ... argument (spill) at ./int_wrap.go:20:13
./int_wrap.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:20:13
./int_wrap.go:16:14: b escapes to heap:
./int_wrap.go:16:14:   flow: {storage for ... argument} = &{storage for b}:
./int_wrap.go:16:14:     from b (spill) at ./int_wrap.go:16:14
./int_wrap.go:16:14:     from ... argument (slice-literal-element) at ./int_wrap.go:16:13
./int_wrap.go:16:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:16:14:     from ... argument (spill) at ./int_wrap.go:16:13
./int_wrap.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:16:13
./int_wrap.go:16:14: "byte 255+1 =" escapes to heap:
./int_wrap.go:16:14:   flow: {storage for ... argument} = &{storage for "byte 255+1 ="}:
./int_wrap.go:16:14:     from "byte 255+1 =" (spill) at ./int_wrap.go:16:14
./int_wrap.go:16:14:     from ... argument (slice-literal-element) at ./int_wrap.go:16:13
./int_wrap.go:16:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:16:14:     from ... argument (spill) at ./int_wrap.go:16:13
./int_wrap.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:16:13
./int_wrap.go:13:14: u8 escapes to heap:
./int_wrap.go:13:14:   flow: {storage for ... argument} = &{storage for u8}:
./int_wrap.go:13:14:     from u8 (spill) at ./int_wrap.go:13:14
./int_wrap.go:13:14:     from ... argument (slice-literal-element) at ./int_wrap.go:13:13
./int_wrap.go:13:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:13:14:     from ... argument (spill) at ./int_wrap.go:13:13
./int_wrap.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:13:13
./int_wrap.go:13:14: "uint8 0-1 =" escapes to heap:
./int_wrap.go:13:14:   flow: {storage for ... argument} = &{storage for "uint8 0-1 ="}:
./int_wrap.go:13:14:     from "uint8 0-1 =" (spill) at ./int_wrap.go:13:14
./int_wrap.go:13:14:     from ... argument (slice-literal-element) at ./int_wrap.go:13:13
./int_wrap.go:13:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:13:14:     from ... argument (spill) at ./int_wrap.go:13:13
./int_wrap.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:13:13
./int_wrap.go:10:14: u8 escapes to heap:
./int_wrap.go:10:14:   flow: {storage for ... argument} = &{storage for u8}:
./int_wrap.go:10:14:     from u8 (spill) at ./int_wrap.go:10:14
./int_wrap.go:10:14:     from ... argument (slice-literal-element) at ./int_wrap.go:10:13
./int_wrap.go:10:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:10:14:     from ... argument (spill) at ./int_wrap.go:10:13
./int_wrap.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:10:13
./int_wrap.go:10:14: "uint8 200+100 =" escapes to heap:
./int_wrap.go:10:14:   flow: {storage for ... argument} = &{storage for "uint8 200+100 ="}:
./int_wrap.go:10:14:     from "uint8 200+100 =" (spill) at ./int_wrap.go:10:14
./int_wrap.go:10:14:     from ... argument (slice-literal-element) at ./int_wrap.go:10:13
./int_wrap.go:10:14:   flow: {heap} = {storage for ... argument}:
./int_wrap.go:10:14:     from ... argument (spill) at ./int_wrap.go:10:13
./int_wrap.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./int_wrap.go:10:13
./int_wrap.go:10:13: ... argument does not escape
./int_wrap.go:10:14: "uint8 200+100 =" escapes to heap
./int_wrap.go:10:14: u8 escapes to heap
./int_wrap.go:13:13: ... argument does not escape
./int_wrap.go:13:14: "uint8 0-1 =" escapes to heap
./int_wrap.go:13:14: u8 escapes to heap
./int_wrap.go:16:13: ... argument does not escape
./int_wrap.go:16:14: "byte 255+1 =" escapes to heap
./int_wrap.go:16:14: b escapes to heap
./int_wrap.go:20:13: ... argument does not escape
./int_wrap.go:20:14: "int8 127+1 =" escapes to heap
./int_wrap.go:20:14: i8 escapes to heap
./int_wrap.go:23:13: ... argument does not escape
./int_wrap.go:23:14: "int8 -128-1 =" escapes to heap
./int_wrap.go:23:14: i8 escapes to heap
./int_wrap.go:25:13: ... argument does not escape
./int_wrap.go:25:14: "-int8(-128) =" escapes to heap
./int_wrap.go:25:31: -i8 escapes to heap
./int_wrap.go:27:13: ... argument does not escape
./int_wrap.go:27:14: "int8 100*3 =" escapes to heap
./int_wrap.go:27:32: i8 * 3 escapes to heap
./int_wrap.go:31:13: ... argument does not escape
./int_wrap.go:31:14: "int16 32767+2 =" escapes to heap
./int_wrap.go:31:14: i16 escapes to heap
./int_wrap.go:34:13: ... argument does not escape
./int_wrap.go:34:14: "uint16 65535*65535 =" escapes to heap
./int_wrap.go:34:14: u16 escapes to heap
./int_wrap.go:38:13: ... argument does not escape
./int_wrap.go:38:14: "int32 max+1 =" escapes to heap
./int_wrap.go:38:14: i32 escapes to heap
./int_wrap.go:41:13: ... argument does not escape
./int_wrap.go:41:14: "uint32 0-1 =" escapes to heap
./int_wrap.go:41:14: u32 escapes to heap
./int_wrap.go:43:13: ... argument does not escape
./int_wrap.go:43:14: "uint32 4e9*2 =" escapes to heap
./int_wrap.go:43:35: u32 * 2 escapes to heap
./int_wrap.go:47:13: ... argument does not escape
./int_wrap.go:47:14: "int64 max+1 =" escapes to heap
./int_wrap.go:47:14: i64 escapes to heap
./int_wrap.go:50:13: ... argument does not escape
./int_wrap.go:50:14: "uint64 max+1 =" escapes to heap
./int_wrap.go:50:14: u64 escapes to heap
./int_wrap.go:52:13: ... argument does not escape
./int_wrap.go:52:14: "uint64 1<<63 * 2 =" escapes to heap
./int_wrap.go:52:39: u64 * 2 escapes to heap
./int_wrap.go:56:13: ... argument does not escape
./int_wrap.go:56:14: "MinInt64 / -1 =" escapes to heap
./int_wrap.go:56:34: n / m escapes to heap
./int_wrap.go:57:13: ... argument does not escape
./int_wrap.go:57:14: "MinInt64 % -1 =" escapes to heap
./int_wrap.go:57:34: n % m escapes to heap
./int_wrap.go:58:13: ... argument does not escape
./int_wrap.go:58:14: "-MinInt64 =" escapes to heap
./int_wrap.go:58:29: -n escapes to heap
./int_wrap.go:61:13: ... argument does not escape
./int_wrap.go:61:14: "MinInt32 / -1 =" escapes to heap
./int_wrap.go:61:36: n32 / m32 escapes to heap
./int_wrap.go:61:42: "rem" escapes to heap
./int_wrap.go:61:52: n32 % m32 escapes to heap
./int_wrap.go:64:13: ... argument does not escape
./int_wrap.go:64:14: "MinInt8 / -1 =" escapes to heap
./int_wrap.go:64:34: n8 / m8 escapes to heap
./int_wrap.go:64:39: "rem" escapes to heap
./int_wrap.go:64:48: n8 % m8 escapes to heap
./int_wrap.go:68:13: ... argument does not escape
./int_wrap.go:68:14: "uintptr 0-1 =" escapes to heap
./int_wrap.go:68:14: up escapes to heap
./int_wrap.go:70:13: ... argument does not escape
./int_wrap.go:70:14: "uint 1-2 =" escapes to heap
./int_wrap.go:70:30: ui - 2 escapes to heap
./int_wrap.go:74:13: ... argument does not escape
./int_wrap.go:74:14: "3037000500^2 =" escapes to heap
./int_wrap.go:74:33: x * x escapes to heap
./int_wrap.go:76:13: ... argument does not escape
./int_wrap.go:76:14: "(2^31-1)^2*4 =" escapes to heap
./int_wrap.go:76:35: y * y * 4 escapes to heap
