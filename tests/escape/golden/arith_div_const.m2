./arith_div_const.go:41:48: uint8(250) % 7 escapes to heap:
./arith_div_const.go:41:48:   flow: {storage for ... argument} = &{storage for uint8(250) % 7}:
./arith_div_const.go:41:48:     from uint8(250) % 7 (spill) at ./arith_div_const.go:41:48
./arith_div_const.go:41:48:     from ... argument (slice-literal-element) at ./arith_div_const.go:41:13
./arith_div_const.go:41:48:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:41:48:     from ... argument (spill) at ./arith_div_const.go:41:13
./arith_div_const.go:41:48:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:41:13
./arith_div_const.go:41:34: uint8(250) / 7 escapes to heap:
./arith_div_const.go:41:34:   flow: {storage for ... argument} = &{storage for uint8(250) / 7}:
./arith_div_const.go:41:34:     from uint8(250) / 7 (spill) at ./arith_div_const.go:41:34
./arith_div_const.go:41:34:     from ... argument (slice-literal-element) at ./arith_div_const.go:41:13
./arith_div_const.go:41:34:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:41:34:     from ... argument (spill) at ./arith_div_const.go:41:13
./arith_div_const.go:41:34:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:41:13
./arith_div_const.go:41:20: u % 3 escapes to heap:
./arith_div_const.go:41:20:   flow: {storage for ... argument} = &{storage for u % 3}:
./arith_div_const.go:41:20:     from u % 3 (spill) at ./arith_div_const.go:41:20
./arith_div_const.go:41:20:     from ... argument (slice-literal-element) at ./arith_div_const.go:41:13
./arith_div_const.go:41:20:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:41:20:     from ... argument (spill) at ./arith_div_const.go:41:13
./arith_div_const.go:41:20:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:41:13
./arith_div_const.go:41:15: u / 3 escapes to heap:
./arith_div_const.go:41:15:   flow: {storage for ... argument} = &{storage for u / 3}:
./arith_div_const.go:41:15:     from u / 3 (spill) at ./arith_div_const.go:41:15
./arith_div_const.go:41:15:     from ... argument (slice-literal-element) at ./arith_div_const.go:41:13
./arith_div_const.go:41:15:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:41:15:     from ... argument (spill) at ./arith_div_const.go:41:13
./arith_div_const.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:41:13
./arith_div_const.go:39:13: digits escapes to heap:
./arith_div_const.go:39:13:   flow: {storage for ... argument} = &{storage for digits}:
./arith_div_const.go:39:13:     from digits (spill) at ./arith_div_const.go:39:13
./arith_div_const.go:39:13:     from ... argument (slice-literal-element) at ./arith_div_const.go:39:13
./arith_div_const.go:39:13:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:39:13:     from ... argument (spill) at ./arith_div_const.go:39:13
./arith_div_const.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:39:13
./arith_div_const.go:39:13: sum escapes to heap:
./arith_div_const.go:39:13:   flow: {storage for ... argument} = &{storage for sum}:
./arith_div_const.go:39:13:     from sum (spill) at ./arith_div_const.go:39:13
./arith_div_const.go:39:13:     from ... argument (slice-literal-element) at ./arith_div_const.go:39:13
./arith_div_const.go:39:13:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:39:13:     from ... argument (spill) at ./arith_div_const.go:39:13
./arith_div_const.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:39:13
./arith_div_const.go:30:13: m escapes to heap:
./arith_div_const.go:30:13:   flow: {storage for ... argument} = &{storage for m}:
./arith_div_const.go:30:13:     from m (spill) at ./arith_div_const.go:30:13
./arith_div_const.go:30:13:     from ... argument (slice-literal-element) at ./arith_div_const.go:30:13
./arith_div_const.go:30:13:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:30:13:     from ... argument (spill) at ./arith_div_const.go:30:13
./arith_div_const.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:30:13
./arith_div_const.go:30:13: n escapes to heap:
./arith_div_const.go:30:13:   flow: {storage for ... argument} = &{storage for n}:
./arith_div_const.go:30:13:     from n (spill) at ./arith_div_const.go:30:13
./arith_div_const.go:30:13:     from ... argument (slice-literal-element) at ./arith_div_const.go:30:13
./arith_div_const.go:30:13:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:30:13:     from ... argument (spill) at ./arith_div_const.go:30:13
./arith_div_const.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:30:13
./arith_div_const.go:23:37: c % week escapes to heap:
./arith_div_const.go:23:37:   flow: {storage for ... argument} = &{storage for c % week}:
./arith_div_const.go:23:37:     from c % week (spill) at ./arith_div_const.go:23:37
./arith_div_const.go:23:37:     from ... argument (slice-literal-element) at ./arith_div_const.go:23:13
./arith_div_const.go:23:37:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:23:37:     from ... argument (spill) at ./arith_div_const.go:23:13
./arith_div_const.go:23:37:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:23:13
./arith_div_const.go:23:29: c / week escapes to heap:
./arith_div_const.go:23:29:   flow: {storage for ... argument} = &{storage for c / week}:
./arith_div_const.go:23:29:     from c / week (spill) at ./arith_div_const.go:23:29
./arith_div_const.go:23:29:     from ... argument (slice-literal-element) at ./arith_div_const.go:23:13
./arith_div_const.go:23:29:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:23:29:     from ... argument (spill) at ./arith_div_const.go:23:13
./arith_div_const.go:23:29:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:23:13
./arith_div_const.go:23:22: c % 100 escapes to heap:
./arith_div_const.go:23:22:   flow: {storage for ... argument} = &{storage for c % 100}:
./arith_div_const.go:23:22:     from c % 100 (spill) at ./arith_div_const.go:23:22
./arith_div_const.go:23:22:     from ... argument (slice-literal-element) at ./arith_div_const.go:23:13
./arith_div_const.go:23:22:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:23:22:     from ... argument (spill) at ./arith_div_const.go:23:13
./arith_div_const.go:23:22:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:23:13
./arith_div_const.go:23:15: c / 100 escapes to heap:
./arith_div_const.go:23:15:   flow: {storage for ... argument} = &{storage for c / 100}:
./arith_div_const.go:23:15:     from c / 100 (spill) at ./arith_div_const.go:23:15
./arith_div_const.go:23:15:     from ... argument (slice-literal-element) at ./arith_div_const.go:23:13
./arith_div_const.go:23:15:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:23:15:     from ... argument (spill) at ./arith_div_const.go:23:13
./arith_div_const.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:23:13
./arith_div_const.go:20:61: int32(v) % 64 escapes to heap:
./arith_div_const.go:20:61:   flow: {storage for ... argument} = &{storage for int32(v) % 64}:
./arith_div_const.go:20:61:     from int32(v) % 64 (spill) at ./arith_div_const.go:20:61
./arith_div_const.go:20:61:     from ... argument (slice-literal-element) at ./arith_div_const.go:20:14
./arith_div_const.go:20:61:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:20:61:     from ... argument (spill) at ./arith_div_const.go:20:14
./arith_div_const.go:20:61:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:20:14
./arith_div_const.go:20:47: int16(v) / 100 escapes to heap:
./arith_div_const.go:20:47:   flow: {storage for ... argument} = &{storage for int16(v) / 100}:
./arith_div_const.go:20:47:     from int16(v) / 100 (spill) at ./arith_div_const.go:20:47
./arith_div_const.go:20:47:     from ... argument (slice-literal-element) at ./arith_div_const.go:20:14
./arith_div_const.go:20:47:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:20:47:     from ... argument (spill) at ./arith_div_const.go:20:14
./arith_div_const.go:20:47:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:20:14
./arith_div_const.go:20:33: v % 127 escapes to heap:
./arith_div_const.go:20:33:   flow: {storage for ... argument} = &{storage for v % 127}:
./arith_div_const.go:20:33:     from v % 127 (spill) at ./arith_div_const.go:20:33
./arith_div_const.go:20:33:     from ... argument (slice-literal-element) at ./arith_div_const.go:20:14
./arith_div_const.go:20:33:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:20:33:     from ... argument (spill) at ./arith_div_const.go:20:14
./arith_div_const.go:20:33:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:20:14
./arith_div_const.go:20:26: v / 127 escapes to heap:
./arith_div_const.go:20:26:   flow: {storage for ... argument} = &{storage for v / 127}:
./arith_div_const.go:20:26:     from v / 127 (spill) at ./arith_div_const.go:20:26
./arith_div_const.go:20:26:     from ... argument (slice-literal-element) at ./arith_div_const.go:20:14
./arith_div_const.go:20:26:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:20:26:     from ... argument (spill) at ./arith_div_const.go:20:14
./arith_div_const.go:20:26:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:20:14
./arith_div_const.go:20:21: v % 3 escapes to heap:
./arith_div_const.go:20:21:   flow: {storage for ... argument} = &{storage for v % 3}:
./arith_div_const.go:20:21:     from v % 3 (spill) at ./arith_div_const.go:20:21
./arith_div_const.go:20:21:     from ... argument (slice-literal-element) at ./arith_div_const.go:20:14
./arith_div_const.go:20:21:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:20:21:     from ... argument (spill) at ./arith_div_const.go:20:14
./arith_div_const.go:20:21:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:20:14
./arith_div_const.go:20:16: v / 3 escapes to heap:
./arith_div_const.go:20:16:   flow: {storage for ... argument} = &{storage for v / 3}:
./arith_div_const.go:20:16:     from v / 3 (spill) at ./arith_div_const.go:20:16
./arith_div_const.go:20:16:     from ... argument (slice-literal-element) at ./arith_div_const.go:20:14
./arith_div_const.go:20:16:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:20:16:     from ... argument (spill) at ./arith_div_const.go:20:14
./arith_div_const.go:20:16:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:20:14
./arith_div_const.go:17:50: x % (1 << 40) escapes to heap:
./arith_div_const.go:17:50:   flow: {storage for ... argument} = &{storage for x % (1 << 40)}:
./arith_div_const.go:17:50:     from x % (1 << 40) (spill) at ./arith_div_const.go:17:50
./arith_div_const.go:17:50:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:17:50:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:17:50:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:17:50:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:17:39: x / (1 << 40) escapes to heap:
./arith_div_const.go:17:39:   flow: {storage for ... argument} = &{storage for x / (1 << 40)}:
./arith_div_const.go:17:39:     from x / (1 << 40) (spill) at ./arith_div_const.go:17:39
./arith_div_const.go:17:39:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:17:39:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:17:39:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:17:39:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:17:22: x % math.MaxInt64 escapes to heap:
./arith_div_const.go:17:22:   flow: {storage for ... argument} = &{storage for x % math.MaxInt64}:
./arith_div_const.go:17:22:     from x % math.MaxInt64 (spill) at ./arith_div_const.go:17:22
./arith_div_const.go:17:22:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:17:22:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:17:22:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:17:22:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:17:5: x / math.MaxInt64 escapes to heap:
./arith_div_const.go:17:5:   flow: {storage for ... argument} = &{storage for x / math.MaxInt64}:
./arith_div_const.go:17:5:     from x / math.MaxInt64 (spill) at ./arith_div_const.go:17:5
./arith_div_const.go:17:5:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:17:5:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:17:5:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:17:5:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:75: x % 1000000007 escapes to heap:
./arith_div_const.go:16:75:   flow: {storage for ... argument} = &{storage for x % 1000000007}:
./arith_div_const.go:16:75:     from x % 1000000007 (spill) at ./arith_div_const.go:16:75
./arith_div_const.go:16:75:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:75:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:75:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:75:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:61: x / 1000000007 escapes to heap:
./arith_div_const.go:16:61:   flow: {storage for ... argument} = &{storage for x / 1000000007}:
./arith_div_const.go:16:61:     from x / 1000000007 (spill) at ./arith_div_const.go:16:61
./arith_div_const.go:16:61:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:61:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:61:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:61:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:55: x % 10 escapes to heap:
./arith_div_const.go:16:55:   flow: {storage for ... argument} = &{storage for x % 10}:
./arith_div_const.go:16:55:     from x % 10 (spill) at ./arith_div_const.go:16:55
./arith_div_const.go:16:55:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:55:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:55:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:55:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:49: x / 10 escapes to heap:
./arith_div_const.go:16:49:   flow: {storage for ... argument} = &{storage for x / 10}:
./arith_div_const.go:16:49:     from x / 10 (spill) at ./arith_div_const.go:16:49
./arith_div_const.go:16:49:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:49:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:49:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:49:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:44: x % 7 escapes to heap:
./arith_div_const.go:16:44:   flow: {storage for ... argument} = &{storage for x % 7}:
./arith_div_const.go:16:44:     from x % 7 (spill) at ./arith_div_const.go:16:44
./arith_div_const.go:16:44:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:44:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:44:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:44:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:39: x / 7 escapes to heap:
./arith_div_const.go:16:39:   flow: {storage for ... argument} = &{storage for x / 7}:
./arith_div_const.go:16:39:     from x / 7 (spill) at ./arith_div_const.go:16:39
./arith_div_const.go:16:39:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:39:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:39:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:39:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:34: x % 3 escapes to heap:
./arith_div_const.go:16:34:   flow: {storage for ... argument} = &{storage for x % 3}:
./arith_div_const.go:16:34:     from x % 3 (spill) at ./arith_div_const.go:16:34
./arith_div_const.go:16:34:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:34:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:34:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:34:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:29: x / 3 escapes to heap:
./arith_div_const.go:16:29:   flow: {storage for ... argument} = &{storage for x / 3}:
./arith_div_const.go:16:29:     from x / 3 (spill) at ./arith_div_const.go:16:29
./arith_div_const.go:16:29:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:29:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:29:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:29:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:24: x % 2 escapes to heap:
./arith_div_const.go:16:24:   flow: {storage for ... argument} = &{storage for x % 2}:
./arith_div_const.go:16:24:     from x % 2 (spill) at ./arith_div_const.go:16:24
./arith_div_const.go:16:24:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:24:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:24:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:24:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:19: x / 2 escapes to heap:
./arith_div_const.go:16:19:   flow: {storage for ... argument} = &{storage for x / 2}:
./arith_div_const.go:16:19:     from x / 2 (spill) at ./arith_div_const.go:16:19
./arith_div_const.go:16:19:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:19:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:19:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:19:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:16:14: x escapes to heap:
./arith_div_const.go:16:14:   flow: {storage for ... argument} = &{storage for x}:
./arith_div_const.go:16:14:     from x (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:14:     from ... argument (slice-literal-element) at ./arith_div_const.go:16:14
./arith_div_const.go:16:14:   flow: {heap} = {storage for ... argument}:
./arith_div_const.go:16:14:     from ... argument (spill) at ./arith_div_const.go:16:14
./arith_div_const.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./arith_div_const.go:16:14
./arith_div_const.go:13:15: []int64{...} does not escape
./arith_div_const.go:16:14: ... argument does not escape
./arith_div_const.go:16:14: x escapes to heap
./arith_div_const.go:16:19: x / 2 escapes to heap
./arith_div_const.go:16:24: x % 2 escapes to heap
./arith_div_const.go:16:29: x / 3 escapes to heap
./arith_div_const.go:16:34: x % 3 escapes to heap
./arith_div_const.go:16:39: x / 7 escapes to heap
./arith_div_const.go:16:44: x % 7 escapes to heap
./arith_div_const.go:16:49: x / 10 escapes to heap
./arith_div_const.go:16:55: x % 10 escapes to heap
./arith_div_const.go:16:61: x / 1000000007 escapes to heap
./arith_div_const.go:16:75: x % 1000000007 escapes to heap
./arith_div_const.go:17:5: x / math.MaxInt64 escapes to heap
./arith_div_const.go:17:22: x % math.MaxInt64 escapes to heap
./arith_div_const.go:17:39: x / (1 << 40) escapes to heap
./arith_div_const.go:17:50: x % (1 << 40) escapes to heap
./arith_div_const.go:19:26: []int8{...} does not escape
./arith_div_const.go:20:14: ... argument does not escape
./arith_div_const.go:20:16: v / 3 escapes to heap
./arith_div_const.go:20:21: v % 3 escapes to heap
./arith_div_const.go:20:26: v / 127 escapes to heap
./arith_div_const.go:20:33: v % 127 escapes to heap
./arith_div_const.go:20:47: int16(v) / 100 escapes to heap
./arith_div_const.go:20:61: int32(v) % 64 escapes to heap
./arith_div_const.go:23:13: ... argument does not escape
./arith_div_const.go:23:15: c / 100 escapes to heap
./arith_div_const.go:23:22: c % 100 escapes to heap
./arith_div_const.go:23:29: c / week escapes to heap
./arith_div_const.go:23:37: c % week escapes to heap
./arith_div_const.go:30:13: ... argument does not escape
./arith_div_const.go:30:13: n escapes to heap
./arith_div_const.go:30:13: m escapes to heap
./arith_div_const.go:39:13: ... argument does not escape
./arith_div_const.go:39:13: sum escapes to heap
./arith_div_const.go:39:13: digits escapes to heap
./arith_div_const.go:41:13: ... argument does not escape
./arith_div_const.go:41:15: u / 3 escapes to heap
./arith_div_const.go:41:20: u % 3 escapes to heap
./arith_div_const.go:41:34: uint8(250) / 7 escapes to heap
./arith_div_const.go:41:48: uint8(250) % 7 escapes to heap
