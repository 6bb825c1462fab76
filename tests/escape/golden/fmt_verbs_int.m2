./fmt_verbs_int.go:30:13: b escapes to heap:
./fmt_verbs_int.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_verbs_int.go:30:13:     from b (spill) at ./fmt_verbs_int.go:30:13
./fmt_verbs_int.go:30:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:30:13:     from ... argument (spill) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13: b escapes to heap:
./fmt_verbs_int.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_verbs_int.go:30:13:     from b (spill) at ./fmt_verbs_int.go:30:13
./fmt_verbs_int.go:30:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:30:13:     from ... argument (spill) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13: b escapes to heap:
./fmt_verbs_int.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_verbs_int.go:30:13:     from b (spill) at ./fmt_verbs_int.go:30:13
./fmt_verbs_int.go:30:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:30:13:     from ... argument (spill) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13: b escapes to heap:
./fmt_verbs_int.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_verbs_int.go:30:13:     from b (spill) at ./fmt_verbs_int.go:30:13
./fmt_verbs_int.go:30:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:30:13:     from ... argument (spill) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13: b escapes to heap:
./fmt_verbs_int.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_verbs_int.go:30:13:     from b (spill) at ./fmt_verbs_int.go:30:13
./fmt_verbs_int.go:30:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:30:13:     from ... argument (spill) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13: b escapes to heap:
./fmt_verbs_int.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_verbs_int.go:30:13:     from b (spill) at ./fmt_verbs_int.go:30:13
./fmt_verbs_int.go:30:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:30:13:     from ... argument (spill) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:30:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:30:12
./fmt_verbs_int.go:29:13: r escapes to heap:
./fmt_verbs_int.go:29:13:   flow: {storage for ... argument} = &{storage for r}:
./fmt_verbs_int.go:29:13:     from r (spill) at ./fmt_verbs_int.go:29:13
./fmt_verbs_int.go:29:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:29:13:     from ... argument (spill) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13: r escapes to heap:
./fmt_verbs_int.go:29:13:   flow: {storage for ... argument} = &{storage for r}:
./fmt_verbs_int.go:29:13:     from r (spill) at ./fmt_verbs_int.go:29:13
./fmt_verbs_int.go:29:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:29:13:     from ... argument (spill) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13: r escapes to heap:
./fmt_verbs_int.go:29:13:   flow: {storage for ... argument} = &{storage for r}:
./fmt_verbs_int.go:29:13:     from r (spill) at ./fmt_verbs_int.go:29:13
./fmt_verbs_int.go:29:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:29:13:     from ... argument (spill) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13: r escapes to heap:
./fmt_verbs_int.go:29:13:   flow: {storage for ... argument} = &{storage for r}:
./fmt_verbs_int.go:29:13:     from r (spill) at ./fmt_verbs_int.go:29:13
./fmt_verbs_int.go:29:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:29:13:     from ... argument (spill) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13: r escapes to heap:
./fmt_verbs_int.go:29:13:   flow: {storage for ... argument} = &{storage for r}:
./fmt_verbs_int.go:29:13:     from r (spill) at ./fmt_verbs_int.go:29:13
./fmt_verbs_int.go:29:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:29:13:     from ... argument (spill) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13: r escapes to heap:
./fmt_verbs_int.go:29:13:   flow: {storage for ... argument} = &{storage for r}:
./fmt_verbs_int.go:29:13:     from r (spill) at ./fmt_verbs_int.go:29:13
./fmt_verbs_int.go:29:13:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:29:13:     from ... argument (spill) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:29:13:     from fmt.Printf("|%d|%c|%q|%U|%x|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:29:12
./fmt_verbs_int.go:26:50: -123 escapes to heap:
./fmt_verbs_int.go:26:50:   flow: {storage for ... argument} = &{storage for -123}:
./fmt_verbs_int.go:26:50:     from -123 (spill) at ./fmt_verbs_int.go:26:50
./fmt_verbs_int.go:26:50:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:26:12
./fmt_verbs_int.go:26:50:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:26:50:     from ... argument (spill) at ./fmt_verbs_int.go:26:12
./fmt_verbs_int.go:26:50:     from fmt.Printf("|%010d|%-010d|%+010d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:26:12
./fmt_verbs_int.go:26:45: 123 escapes to heap:
./fmt_verbs_int.go:26:45:   flow: {storage for ... argument} = &{storage for 123}:
./fmt_verbs_int.go:26:45:     from 123 (spill) at ./fmt_verbs_int.go:26:45
./fmt_verbs_int.go:26:45:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:26:12
./fmt_verbs_int.go:26:45:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:26:45:     from ... argument (spill) at ./fmt_verbs_int.go:26:12
./fmt_verbs_int.go:26:45:     from fmt.Printf("|%010d|%-010d|%+010d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:26:12
./fmt_verbs_int.go:26:40: 123 escapes to heap:
./fmt_verbs_int.go:26:40:   flow: {storage for ... argument} = &{storage for 123}:
./fmt_verbs_int.go:26:40:     from 123 (spill) at ./fmt_verbs_int.go:26:40
./fmt_verbs_int.go:26:40:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:26:12
./fmt_verbs_int.go:26:40:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:26:40:     from ... argument (spill) at ./fmt_verbs_int.go:26:12
./fmt_verbs_int.go:26:40:     from fmt.Printf("|%010d|%-010d|%+010d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:26:12
./fmt_verbs_int.go:25:54: 5 escapes to heap:
./fmt_verbs_int.go:25:54:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_verbs_int.go:25:54:     from 5 (spill) at ./fmt_verbs_int.go:25:54
./fmt_verbs_int.go:25:54:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:54:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:25:54:     from ... argument (spill) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:54:     from fmt.Printf("|%#.3x|%#8.3o|%+.2d|% .3d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:51: 5 escapes to heap:
./fmt_verbs_int.go:25:51:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_verbs_int.go:25:51:     from 5 (spill) at ./fmt_verbs_int.go:25:51
./fmt_verbs_int.go:25:51:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:51:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:25:51:     from ... argument (spill) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:51:     from fmt.Printf("|%#.3x|%#8.3o|%+.2d|% .3d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:48: 1 escapes to heap:
./fmt_verbs_int.go:25:48:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_verbs_int.go:25:48:     from 1 (spill) at ./fmt_verbs_int.go:25:48
./fmt_verbs_int.go:25:48:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:48:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:25:48:     from ... argument (spill) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:48:     from fmt.Printf("|%#.3x|%#8.3o|%+.2d|% .3d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:45: 1 escapes to heap:
./fmt_verbs_int.go:25:45:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_verbs_int.go:25:45:     from 1 (spill) at ./fmt_verbs_int.go:25:45
./fmt_verbs_int.go:25:45:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:45:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:25:45:     from ... argument (spill) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:25:45:     from fmt.Printf("|%#.3x|%#8.3o|%+.2d|% .3d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:25:12
./fmt_verbs_int.go:24:61: 8 escapes to heap:
./fmt_verbs_int.go:24:61:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_verbs_int.go:24:61:     from 8 (spill) at ./fmt_verbs_int.go:24:61
./fmt_verbs_int.go:24:61:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:61:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:24:61:     from ... argument (spill) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:61:     from fmt.Printf("|% x|% X|%+x|% o|%+o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:58: 8 escapes to heap:
./fmt_verbs_int.go:24:58:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_verbs_int.go:24:58:     from 8 (spill) at ./fmt_verbs_int.go:24:58
./fmt_verbs_int.go:24:58:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:58:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:24:58:     from ... argument (spill) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:58:     from fmt.Printf("|% x|% X|%+x|% o|%+o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:52: 3054 escapes to heap:
./fmt_verbs_int.go:24:52:   flow: {storage for ... argument} = &{storage for 3054}:
./fmt_verbs_int.go:24:52:     from 3054 (spill) at ./fmt_verbs_int.go:24:52
./fmt_verbs_int.go:24:52:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:52:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:24:52:     from ... argument (spill) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:52:     from fmt.Printf("|% x|% X|%+x|% o|%+o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:46: 3054 escapes to heap:
./fmt_verbs_int.go:24:46:   flow: {storage for ... argument} = &{storage for 3054}:
./fmt_verbs_int.go:24:46:     from 3054 (spill) at ./fmt_verbs_int.go:24:46
./fmt_verbs_int.go:24:46:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:46:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:24:46:     from ... argument (spill) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:46:     from fmt.Printf("|% x|% X|%+x|% o|%+o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:40: 3054 escapes to heap:
./fmt_verbs_int.go:24:40:   flow: {storage for ... argument} = &{storage for 3054}:
./fmt_verbs_int.go:24:40:     from 3054 (spill) at ./fmt_verbs_int.go:24:40
./fmt_verbs_int.go:24:40:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:40:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:24:40:     from ... argument (spill) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:24:40:     from fmt.Printf("|% x|% X|%+x|% o|%+o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:24:12
./fmt_verbs_int.go:23:81: -1 escapes to heap:
./fmt_verbs_int.go:23:81:   flow: {storage for ... argument} = &{storage for -1}:
./fmt_verbs_int.go:23:81:     from -1 (spill) at ./fmt_verbs_int.go:23:81
./fmt_verbs_int.go:23:81:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:23:12
./fmt_verbs_int.go:23:81:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:23:81:     from ... argument (spill) at ./fmt_verbs_int.go:23:12
./fmt_verbs_int.go:23:81:     from fmt.Printf("|%20d|%-20d|%020d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:23:12
./fmt_verbs_int.go:23:72: uint64(1 << 63) escapes to heap:
./fmt_verbs_int.go:23:72:   flow: {storage for ... argument} = &{storage for uint64(1 << 63)}:
./fmt_verbs_int.go:23:72:     from uint64(1 << 63) (spill) at ./fmt_verbs_int.go:23:72
./fmt_verbs_int.go:23:72:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:23:12
./fmt_verbs_int.go:23:72:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:23:72:     from ... argument (spill) at ./fmt_verbs_int.go:23:12
./fmt_verbs_int.go:23:72:     from fmt.Printf("|%20d|%-20d|%020d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:23:12
./fmt_verbs_int.go:23:42: int64(-9223372036854775808) escapes to heap:
./fmt_verbs_int.go:23:42:   flow: {storage for ... argument} = &{storage for int64(-9223372036854775808)}:
./fmt_verbs_int.go:23:42:     from int64(-9223372036854775808) (spill) at ./fmt_verbs_int.go:23:42
./fmt_verbs_int.go:23:42:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:23:12
./fmt_verbs_int.go:23:42:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:23:42:     from ... argument (spill) at ./fmt_verbs_int.go:23:12
./fmt_verbs_int.go:23:42:     from fmt.Printf("|%20d|%-20d|%020d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:23:12
./fmt_verbs_int.go:22:76: uintptr(4096) escapes to heap:
./fmt_verbs_int.go:22:76:   flow: {storage for ... argument} = &{storage for uintptr(4096)}:
./fmt_verbs_int.go:22:76:     from uintptr(4096) (spill) at ./fmt_verbs_int.go:22:76
./fmt_verbs_int.go:22:76:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:76:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:22:76:     from ... argument (spill) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:76:     from fmt.Printf("|%x|%x|%x|%d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:59: int16(-32768) escapes to heap:
./fmt_verbs_int.go:22:59:   flow: {storage for ... argument} = &{storage for int16(-32768)}:
./fmt_verbs_int.go:22:59:     from int16(-32768) (spill) at ./fmt_verbs_int.go:22:59
./fmt_verbs_int.go:22:59:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:59:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:22:59:     from ... argument (spill) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:59:     from fmt.Printf("|%x|%x|%x|%d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:47: uint8(200) escapes to heap:
./fmt_verbs_int.go:22:47:   flow: {storage for ... argument} = &{storage for uint8(200)}:
./fmt_verbs_int.go:22:47:     from uint8(200) (spill) at ./fmt_verbs_int.go:22:47
./fmt_verbs_int.go:22:47:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:47:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:22:47:     from ... argument (spill) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:47:     from fmt.Printf("|%x|%x|%x|%d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:36: int8(-1) escapes to heap:
./fmt_verbs_int.go:22:36:   flow: {storage for ... argument} = &{storage for int8(-1)}:
./fmt_verbs_int.go:22:36:     from int8(-1) (spill) at ./fmt_verbs_int.go:22:36
./fmt_verbs_int.go:22:36:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:36:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:22:36:     from ... argument (spill) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:22:36:     from fmt.Printf("|%x|%x|%x|%d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:22:12
./fmt_verbs_int.go:21:98: uint8(255) escapes to heap:
./fmt_verbs_int.go:21:98:   flow: {storage for ... argument} = &{storage for uint8(255)}:
./fmt_verbs_int.go:21:98:     from uint8(255) (spill) at ./fmt_verbs_int.go:21:98
./fmt_verbs_int.go:21:98:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:98:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:21:98:     from ... argument (spill) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:98:     from fmt.Printf("|%d|%v|%x|%X|%o|%b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:69: uint64(18446744073709551615) escapes to heap:
./fmt_verbs_int.go:21:69:   flow: {storage for ... argument} = &{storage for uint64(18446744073709551615)}:
./fmt_verbs_int.go:21:69:     from uint64(18446744073709551615) (spill) at ./fmt_verbs_int.go:21:69
./fmt_verbs_int.go:21:69:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:69:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:21:69:     from ... argument (spill) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:69:     from fmt.Printf("|%d|%v|%x|%X|%o|%b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:39: uint64(18446744073709551615) escapes to heap:
./fmt_verbs_int.go:21:39:   flow: {storage for ... argument} = &{storage for uint64(18446744073709551615)}:
./fmt_verbs_int.go:21:39:     from uint64(18446744073709551615) (spill) at ./fmt_verbs_int.go:21:39
./fmt_verbs_int.go:21:39:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:39:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:21:39:     from ... argument (spill) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:39:     from fmt.Printf("|%d|%v|%x|%X|%o|%b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:9: uint64(18446744073709551615) escapes to heap:
./fmt_verbs_int.go:21:9:   flow: {storage for ... argument} = &{storage for uint64(18446744073709551615)}:
./fmt_verbs_int.go:21:9:     from uint64(18446744073709551615) (spill) at ./fmt_verbs_int.go:21:9
./fmt_verbs_int.go:21:9:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:9:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:21:9:     from ... argument (spill) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:21:9:     from fmt.Printf("|%d|%v|%x|%X|%o|%b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:20:74: uint64(18446744073709551615) escapes to heap:
./fmt_verbs_int.go:20:74:   flow: {storage for ... argument} = &{storage for uint64(18446744073709551615)}:
./fmt_verbs_int.go:20:74:     from uint64(18446744073709551615) (spill) at ./fmt_verbs_int.go:20:74
./fmt_verbs_int.go:20:74:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:20:74:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:20:74:     from ... argument (spill) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:20:74:     from fmt.Printf("|%d|%v|%x|%X|%o|%b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:20:44: uint64(18446744073709551615) escapes to heap:
./fmt_verbs_int.go:20:44:   flow: {storage for ... argument} = &{storage for uint64(18446744073709551615)}:
./fmt_verbs_int.go:20:44:     from uint64(18446744073709551615) (spill) at ./fmt_verbs_int.go:20:44
./fmt_verbs_int.go:20:44:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:20:44:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:20:44:     from ... argument (spill) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:20:44:     from fmt.Printf("|%d|%v|%x|%X|%o|%b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:20:12
./fmt_verbs_int.go:19:111: -9223372036854775808 escapes to heap:
./fmt_verbs_int.go:19:111:   flow: {storage for ... argument} = &{storage for -9223372036854775808}:
./fmt_verbs_int.go:19:111:     from -9223372036854775808 (spill) at ./fmt_verbs_int.go:19:111
./fmt_verbs_int.go:19:111:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:111:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:19:111:     from ... argument (spill) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:111:     from fmt.Printf("|%v|%v|%v|%v|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:87: int64(-9223372036854775808) escapes to heap:
./fmt_verbs_int.go:19:87:   flow: {storage for ... argument} = &{storage for int64(-9223372036854775808)}:
./fmt_verbs_int.go:19:87:     from int64(-9223372036854775808) (spill) at ./fmt_verbs_int.go:19:87
./fmt_verbs_int.go:19:87:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:87:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:19:87:     from ... argument (spill) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:87:     from fmt.Printf("|%v|%v|%v|%v|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:67: int32(-2147483648) escapes to heap:
./fmt_verbs_int.go:19:67:   flow: {storage for ... argument} = &{storage for int32(-2147483648)}:
./fmt_verbs_int.go:19:67:     from int32(-2147483648) (spill) at ./fmt_verbs_int.go:19:67
./fmt_verbs_int.go:19:67:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:67:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:19:67:     from ... argument (spill) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:67:     from fmt.Printf("|%v|%v|%v|%v|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:52: int16(-32768) escapes to heap:
./fmt_verbs_int.go:19:52:   flow: {storage for ... argument} = &{storage for int16(-32768)}:
./fmt_verbs_int.go:19:52:     from int16(-32768) (spill) at ./fmt_verbs_int.go:19:52
./fmt_verbs_int.go:19:52:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:52:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:19:52:     from ... argument (spill) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:52:     from fmt.Printf("|%v|%v|%v|%v|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:39: int8(-128) escapes to heap:
./fmt_verbs_int.go:19:39:   flow: {storage for ... argument} = &{storage for int8(-128)}:
./fmt_verbs_int.go:19:39:     from int8(-128) (spill) at ./fmt_verbs_int.go:19:39
./fmt_verbs_int.go:19:39:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:39:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:19:39:     from ... argument (spill) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:19:39:     from fmt.Printf("|%v|%v|%v|%v|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:19:12
./fmt_verbs_int.go:18:85: -1 escapes to heap:
./fmt_verbs_int.go:18:85:   flow: {storage for ... argument} = &{storage for -1}:
./fmt_verbs_int.go:18:85:     from -1 (spill) at ./fmt_verbs_int.go:18:85
./fmt_verbs_int.go:18:85:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:85:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:18:85:     from ... argument (spill) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:85:     from fmt.Printf("|%U|%#U|%U|%#U|%8U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:80: 'z' escapes to heap:
./fmt_verbs_int.go:18:80:   flow: {storage for ... argument} = &{storage for 'z'}:
./fmt_verbs_int.go:18:80:     from 'z' (spill) at ./fmt_verbs_int.go:18:80
./fmt_verbs_int.go:18:80:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:80:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:18:80:     from ... argument (spill) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:80:     from fmt.Printf("|%U|%#U|%U|%#U|%8U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:75: 'z' escapes to heap:
./fmt_verbs_int.go:18:75:   flow: {storage for ... argument} = &{storage for 'z'}:
./fmt_verbs_int.go:18:75:     from 'z' (spill) at ./fmt_verbs_int.go:18:75
./fmt_verbs_int.go:18:75:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:75:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:18:75:     from ... argument (spill) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:75:     from fmt.Printf("|%U|%#U|%U|%#U|%8U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:66: 0x1F600 escapes to heap:
./fmt_verbs_int.go:18:66:   flow: {storage for ... argument} = &{storage for 0x1F600}:
./fmt_verbs_int.go:18:66:     from 0x1F600 (spill) at ./fmt_verbs_int.go:18:66
./fmt_verbs_int.go:18:66:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:66:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:18:66:     from ... argument (spill) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:66:     from fmt.Printf("|%U|%#U|%U|%#U|%8U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:57: 0x1F600 escapes to heap:
./fmt_verbs_int.go:18:57:   flow: {storage for ... argument} = &{storage for 0x1F600}:
./fmt_verbs_int.go:18:57:     from 0x1F600 (spill) at ./fmt_verbs_int.go:18:57
./fmt_verbs_int.go:18:57:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:57:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:18:57:     from ... argument (spill) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:57:     from fmt.Printf("|%U|%#U|%U|%#U|%8U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:52: 'A' escapes to heap:
./fmt_verbs_int.go:18:52:   flow: {storage for ... argument} = &{storage for 'A'}:
./fmt_verbs_int.go:18:52:     from 'A' (spill) at ./fmt_verbs_int.go:18:52
./fmt_verbs_int.go:18:52:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:52:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:18:52:     from ... argument (spill) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:52:     from fmt.Printf("|%U|%#U|%U|%#U|%8U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:47: 'A' escapes to heap:
./fmt_verbs_int.go:18:47:   flow: {storage for ... argument} = &{storage for 'A'}:
./fmt_verbs_int.go:18:47:     from 'A' (spill) at ./fmt_verbs_int.go:18:47
./fmt_verbs_int.go:18:47:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:47:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:18:47:     from ... argument (spill) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:18:47:     from fmt.Printf("|%U|%#U|%U|%#U|%8U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:18:12
./fmt_verbs_int.go:17:81: -1 escapes to heap:
./fmt_verbs_int.go:17:81:   flow: {storage for ... argument} = &{storage for -1}:
./fmt_verbs_int.go:17:81:     from -1 (spill) at ./fmt_verbs_int.go:17:81
./fmt_verbs_int.go:17:81:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:81:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:17:81:     from ... argument (spill) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:81:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:75: '\'' escapes to heap:
./fmt_verbs_int.go:17:75:   flow: {storage for ... argument} = &{storage for '\''}:
./fmt_verbs_int.go:17:75:     from '\'' (spill) at ./fmt_verbs_int.go:17:75
./fmt_verbs_int.go:17:75:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:75:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:17:75:     from ... argument (spill) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:75:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:70: 'b' escapes to heap:
./fmt_verbs_int.go:17:70:   flow: {storage for ... argument} = &{storage for 'b'}:
./fmt_verbs_int.go:17:70:     from 'b' (spill) at ./fmt_verbs_int.go:17:70
./fmt_verbs_int.go:17:70:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:70:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:17:70:     from ... argument (spill) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:70:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:62: 0x4e16 escapes to heap:
./fmt_verbs_int.go:17:62:   flow: {storage for ... argument} = &{storage for 0x4e16}:
./fmt_verbs_int.go:17:62:     from 0x4e16 (spill) at ./fmt_verbs_int.go:17:62
./fmt_verbs_int.go:17:62:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:62:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:17:62:     from ... argument (spill) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:62:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:54: 0x4e16 escapes to heap:
./fmt_verbs_int.go:17:54:   flow: {storage for ... argument} = &{storage for 0x4e16}:
./fmt_verbs_int.go:17:54:     from 0x4e16 (spill) at ./fmt_verbs_int.go:17:54
./fmt_verbs_int.go:17:54:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:54:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:17:54:     from ... argument (spill) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:54:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:48: '\n' escapes to heap:
./fmt_verbs_int.go:17:48:   flow: {storage for ... argument} = &{storage for '\n'}:
./fmt_verbs_int.go:17:48:     from '\n' (spill) at ./fmt_verbs_int.go:17:48
./fmt_verbs_int.go:17:48:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:48:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:17:48:     from ... argument (spill) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:48:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:43: 'a' escapes to heap:
./fmt_verbs_int.go:17:43:   flow: {storage for ... argument} = &{storage for 'a'}:
./fmt_verbs_int.go:17:43:     from 'a' (spill) at ./fmt_verbs_int.go:17:43
./fmt_verbs_int.go:17:43:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:43:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:17:43:     from ... argument (spill) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:17:43:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:17:12
./fmt_verbs_int.go:16:79: 0x110000 escapes to heap:
./fmt_verbs_int.go:16:79:   flow: {storage for ... argument} = &{storage for 0x110000}:
./fmt_verbs_int.go:16:79:     from 0x110000 (spill) at ./fmt_verbs_int.go:16:79
./fmt_verbs_int.go:16:79:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:79:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:16:79:     from ... argument (spill) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:79:     from fmt.Printf("|%c|%c|%c|%5c|%-5c|%c|%c|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:75: -1 escapes to heap:
./fmt_verbs_int.go:16:75:   flow: {storage for ... argument} = &{storage for -1}:
./fmt_verbs_int.go:16:75:     from -1 (spill) at ./fmt_verbs_int.go:16:75
./fmt_verbs_int.go:16:75:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:75:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:16:75:     from ... argument (spill) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:75:     from fmt.Printf("|%c|%c|%c|%5c|%-5c|%c|%c|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:70: 'y' escapes to heap:
./fmt_verbs_int.go:16:70:   flow: {storage for ... argument} = &{storage for 'y'}:
./fmt_verbs_int.go:16:70:     from 'y' (spill) at ./fmt_verbs_int.go:16:70
./fmt_verbs_int.go:16:70:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:70:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:16:70:     from ... argument (spill) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:70:     from fmt.Printf("|%c|%c|%c|%5c|%-5c|%c|%c|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:65: 'x' escapes to heap:
./fmt_verbs_int.go:16:65:   flow: {storage for ... argument} = &{storage for 'x'}:
./fmt_verbs_int.go:16:65:     from 'x' (spill) at ./fmt_verbs_int.go:16:65
./fmt_verbs_int.go:16:65:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:65:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:16:65:     from ... argument (spill) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:65:     from fmt.Printf("|%c|%c|%c|%5c|%-5c|%c|%c|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:56: 0x1F600 escapes to heap:
./fmt_verbs_int.go:16:56:   flow: {storage for ... argument} = &{storage for 0x1F600}:
./fmt_verbs_int.go:16:56:     from 0x1F600 (spill) at ./fmt_verbs_int.go:16:56
./fmt_verbs_int.go:16:56:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:56:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:16:56:     from ... argument (spill) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:56:     from fmt.Printf("|%c|%c|%c|%5c|%-5c|%c|%c|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:48: 0x4e16 escapes to heap:
./fmt_verbs_int.go:16:48:   flow: {storage for ... argument} = &{storage for 0x4e16}:
./fmt_verbs_int.go:16:48:     from 0x4e16 (spill) at ./fmt_verbs_int.go:16:48
./fmt_verbs_int.go:16:48:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:48:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:16:48:     from ... argument (spill) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:48:     from fmt.Printf("|%c|%c|%c|%5c|%-5c|%c|%c|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:44: 65 escapes to heap:
./fmt_verbs_int.go:16:44:   flow: {storage for ... argument} = &{storage for 65}:
./fmt_verbs_int.go:16:44:     from 65 (spill) at ./fmt_verbs_int.go:16:44
./fmt_verbs_int.go:16:44:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:44:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:16:44:     from ... argument (spill) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:16:44:     from fmt.Printf("|%c|%c|%c|%5c|%-5c|%c|%c|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:16:12
./fmt_verbs_int.go:15:53: 1 escapes to heap:
./fmt_verbs_int.go:15:53:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_verbs_int.go:15:53:     from 1 (spill) at ./fmt_verbs_int.go:15:53
./fmt_verbs_int.go:15:53:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:53:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:15:53:     from ... argument (spill) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:53:     from fmt.Printf("|%b|%#b|%08b|%b|%.4b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:49: -5 escapes to heap:
./fmt_verbs_int.go:15:49:   flow: {storage for ... argument} = &{storage for -5}:
./fmt_verbs_int.go:15:49:     from -5 (spill) at ./fmt_verbs_int.go:15:49
./fmt_verbs_int.go:15:49:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:49:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:15:49:     from ... argument (spill) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:49:     from fmt.Printf("|%b|%#b|%08b|%b|%.4b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:46: 5 escapes to heap:
./fmt_verbs_int.go:15:46:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_verbs_int.go:15:46:     from 5 (spill) at ./fmt_verbs_int.go:15:46
./fmt_verbs_int.go:15:46:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:46:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:15:46:     from ... argument (spill) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:46:     from fmt.Printf("|%b|%#b|%08b|%b|%.4b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:43: 5 escapes to heap:
./fmt_verbs_int.go:15:43:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_verbs_int.go:15:43:     from 5 (spill) at ./fmt_verbs_int.go:15:43
./fmt_verbs_int.go:15:43:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:43:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:15:43:     from ... argument (spill) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:43:     from fmt.Printf("|%b|%#b|%08b|%b|%.4b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:40: 5 escapes to heap:
./fmt_verbs_int.go:15:40:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_verbs_int.go:15:40:     from 5 (spill) at ./fmt_verbs_int.go:15:40
./fmt_verbs_int.go:15:40:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:40:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:15:40:     from ... argument (spill) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:15:40:     from fmt.Printf("|%b|%#b|%08b|%b|%.4b|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:15:12
./fmt_verbs_int.go:14:60: 0 escapes to heap:
./fmt_verbs_int.go:14:60:   flow: {storage for ... argument} = &{storage for 0}:
./fmt_verbs_int.go:14:60:     from 0 (spill) at ./fmt_verbs_int.go:14:60
./fmt_verbs_int.go:14:60:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:60:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:14:60:     from ... argument (spill) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:60:     from fmt.Printf("|%o|%#o|%08o|%#8o|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:56: -8 escapes to heap:
./fmt_verbs_int.go:14:56:   flow: {storage for ... argument} = &{storage for -8}:
./fmt_verbs_int.go:14:56:     from -8 (spill) at ./fmt_verbs_int.go:14:56
./fmt_verbs_int.go:14:56:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:56:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:14:56:     from ... argument (spill) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:56:     from fmt.Printf("|%o|%#o|%08o|%#8o|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:53: 8 escapes to heap:
./fmt_verbs_int.go:14:53:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_verbs_int.go:14:53:     from 8 (spill) at ./fmt_verbs_int.go:14:53
./fmt_verbs_int.go:14:53:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:53:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:14:53:     from ... argument (spill) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:53:     from fmt.Printf("|%o|%#o|%08o|%#8o|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:50: 8 escapes to heap:
./fmt_verbs_int.go:14:50:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_verbs_int.go:14:50:     from 8 (spill) at ./fmt_verbs_int.go:14:50
./fmt_verbs_int.go:14:50:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:50:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:14:50:     from ... argument (spill) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:50:     from fmt.Printf("|%o|%#o|%08o|%#8o|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:47: 8 escapes to heap:
./fmt_verbs_int.go:14:47:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_verbs_int.go:14:47:     from 8 (spill) at ./fmt_verbs_int.go:14:47
./fmt_verbs_int.go:14:47:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:47:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:14:47:     from ... argument (spill) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:47:     from fmt.Printf("|%o|%#o|%08o|%#8o|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:44: 8 escapes to heap:
./fmt_verbs_int.go:14:44:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_verbs_int.go:14:44:     from 8 (spill) at ./fmt_verbs_int.go:14:44
./fmt_verbs_int.go:14:44:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:44:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:14:44:     from ... argument (spill) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:14:44:     from fmt.Printf("|%o|%#o|%08o|%#8o|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:14:12
./fmt_verbs_int.go:13:99: -255 escapes to heap:
./fmt_verbs_int.go:13:99:   flow: {storage for ... argument} = &{storage for -255}:
./fmt_verbs_int.go:13:99:     from -255 (spill) at ./fmt_verbs_int.go:13:99
./fmt_verbs_int.go:13:99:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:99:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:13:99:     from ... argument (spill) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:99:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|%x|%#x|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:93: -255 escapes to heap:
./fmt_verbs_int.go:13:93:   flow: {storage for ... argument} = &{storage for -255}:
./fmt_verbs_int.go:13:93:     from -255 (spill) at ./fmt_verbs_int.go:13:93
./fmt_verbs_int.go:13:93:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:93:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:13:93:     from ... argument (spill) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:93:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|%x|%#x|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:88: 255 escapes to heap:
./fmt_verbs_int.go:13:88:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_verbs_int.go:13:88:     from 255 (spill) at ./fmt_verbs_int.go:13:88
./fmt_verbs_int.go:13:88:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:88:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:13:88:     from ... argument (spill) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:88:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|%x|%#x|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:83: 255 escapes to heap:
./fmt_verbs_int.go:13:83:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_verbs_int.go:13:83:     from 255 (spill) at ./fmt_verbs_int.go:13:83
./fmt_verbs_int.go:13:83:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:83:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:13:83:     from ... argument (spill) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:83:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|%x|%#x|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:78: 255 escapes to heap:
./fmt_verbs_int.go:13:78:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_verbs_int.go:13:78:     from 255 (spill) at ./fmt_verbs_int.go:13:78
./fmt_verbs_int.go:13:78:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:78:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:13:78:     from ... argument (spill) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:78:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|%x|%#x|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:73: 255 escapes to heap:
./fmt_verbs_int.go:13:73:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_verbs_int.go:13:73:     from 255 (spill) at ./fmt_verbs_int.go:13:73
./fmt_verbs_int.go:13:73:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:73:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:13:73:     from ... argument (spill) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:73:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|%x|%#x|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:68: 255 escapes to heap:
./fmt_verbs_int.go:13:68:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_verbs_int.go:13:68:     from 255 (spill) at ./fmt_verbs_int.go:13:68
./fmt_verbs_int.go:13:68:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:68:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:13:68:     from ... argument (spill) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:68:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|%x|%#x|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:63: 255 escapes to heap:
./fmt_verbs_int.go:13:63:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_verbs_int.go:13:63:     from 255 (spill) at ./fmt_verbs_int.go:13:63
./fmt_verbs_int.go:13:63:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:63:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:13:63:     from ... argument (spill) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:63:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|%x|%#x|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:58: 255 escapes to heap:
./fmt_verbs_int.go:13:58:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_verbs_int.go:13:58:     from 255 (spill) at ./fmt_verbs_int.go:13:58
./fmt_verbs_int.go:13:58:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:58:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:13:58:     from ... argument (spill) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:13:58:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|%x|%#x|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:13:12
./fmt_verbs_int.go:12:79: 0 escapes to heap:
./fmt_verbs_int.go:12:79:   flow: {storage for ... argument} = &{storage for 0}:
./fmt_verbs_int.go:12:79:     from 0 (spill) at ./fmt_verbs_int.go:12:79
./fmt_verbs_int.go:12:79:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:79:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:12:79:     from ... argument (spill) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:79:     from fmt.Printf("|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d|%5.0d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:76: 1 escapes to heap:
./fmt_verbs_int.go:12:76:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_verbs_int.go:12:76:     from 1 (spill) at ./fmt_verbs_int.go:12:76
./fmt_verbs_int.go:12:76:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:76:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:12:76:     from ... argument (spill) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:76:     from fmt.Printf("|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d|%5.0d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:73: 0 escapes to heap:
./fmt_verbs_int.go:12:73:   flow: {storage for ... argument} = &{storage for 0}:
./fmt_verbs_int.go:12:73:     from 0 (spill) at ./fmt_verbs_int.go:12:73
./fmt_verbs_int.go:12:73:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:73:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:12:73:     from ... argument (spill) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:73:     from fmt.Printf("|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d|%5.0d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:70: 7 escapes to heap:
./fmt_verbs_int.go:12:70:   flow: {storage for ... argument} = &{storage for 7}:
./fmt_verbs_int.go:12:70:     from 7 (spill) at ./fmt_verbs_int.go:12:70
./fmt_verbs_int.go:12:70:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:70:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:12:70:     from ... argument (spill) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:70:     from fmt.Printf("|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d|%5.0d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:67: 7 escapes to heap:
./fmt_verbs_int.go:12:67:   flow: {storage for ... argument} = &{storage for 7}:
./fmt_verbs_int.go:12:67:     from 7 (spill) at ./fmt_verbs_int.go:12:67
./fmt_verbs_int.go:12:67:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:67:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:12:67:     from ... argument (spill) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:67:     from fmt.Printf("|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d|%5.0d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:64: 7 escapes to heap:
./fmt_verbs_int.go:12:64:   flow: {storage for ... argument} = &{storage for 7}:
./fmt_verbs_int.go:12:64:     from 7 (spill) at ./fmt_verbs_int.go:12:64
./fmt_verbs_int.go:12:64:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:64:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:12:64:     from ... argument (spill) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:64:     from fmt.Printf("|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d|%5.0d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:61: 7 escapes to heap:
./fmt_verbs_int.go:12:61:   flow: {storage for ... argument} = &{storage for 7}:
./fmt_verbs_int.go:12:61:     from 7 (spill) at ./fmt_verbs_int.go:12:61
./fmt_verbs_int.go:12:61:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:61:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:12:61:     from ... argument (spill) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:12:61:     from fmt.Printf("|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d|%5.0d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:12:12
./fmt_verbs_int.go:11:54: 0 escapes to heap:
./fmt_verbs_int.go:11:54:   flow: {storage for ... argument} = &{storage for 0}:
./fmt_verbs_int.go:11:54:     from 0 (spill) at ./fmt_verbs_int.go:11:54
./fmt_verbs_int.go:11:54:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:54:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:11:54:     from ... argument (spill) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:54:     from fmt.Printf("|%d|%+d|% d|%05d|%-05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:51: 0 escapes to heap:
./fmt_verbs_int.go:11:51:   flow: {storage for ... argument} = &{storage for 0}:
./fmt_verbs_int.go:11:51:     from 0 (spill) at ./fmt_verbs_int.go:11:51
./fmt_verbs_int.go:11:51:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:51:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:11:51:     from ... argument (spill) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:51:     from fmt.Printf("|%d|%+d|% d|%05d|%-05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:48: 0 escapes to heap:
./fmt_verbs_int.go:11:48:   flow: {storage for ... argument} = &{storage for 0}:
./fmt_verbs_int.go:11:48:     from 0 (spill) at ./fmt_verbs_int.go:11:48
./fmt_verbs_int.go:11:48:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:48:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:11:48:     from ... argument (spill) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:48:     from fmt.Printf("|%d|%+d|% d|%05d|%-05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:45: 0 escapes to heap:
./fmt_verbs_int.go:11:45:   flow: {storage for ... argument} = &{storage for 0}:
./fmt_verbs_int.go:11:45:     from 0 (spill) at ./fmt_verbs_int.go:11:45
./fmt_verbs_int.go:11:45:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:45:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:11:45:     from ... argument (spill) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:45:     from fmt.Printf("|%d|%+d|% d|%05d|%-05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:42: 0 escapes to heap:
./fmt_verbs_int.go:11:42:   flow: {storage for ... argument} = &{storage for 0}:
./fmt_verbs_int.go:11:42:     from 0 (spill) at ./fmt_verbs_int.go:11:42
./fmt_verbs_int.go:11:42:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:42:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:11:42:     from ... argument (spill) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:11:42:     from fmt.Printf("|%d|%+d|% d|%05d|%-05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:11:12
./fmt_verbs_int.go:10:102: -42 escapes to heap:
./fmt_verbs_int.go:10:102:   flow: {storage for ... argument} = &{storage for -42}:
./fmt_verbs_int.go:10:102:     from -42 (spill) at ./fmt_verbs_int.go:10:102
./fmt_verbs_int.go:10:102:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:102:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:10:102:     from ... argument (spill) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:102:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:97: -42 escapes to heap:
./fmt_verbs_int.go:10:97:   flow: {storage for ... argument} = &{storage for -42}:
./fmt_verbs_int.go:10:97:     from -42 (spill) at ./fmt_verbs_int.go:10:97
./fmt_verbs_int.go:10:97:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:97:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:10:97:     from ... argument (spill) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:97:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:92: -42 escapes to heap:
./fmt_verbs_int.go:10:92:   flow: {storage for ... argument} = &{storage for -42}:
./fmt_verbs_int.go:10:92:     from -42 (spill) at ./fmt_verbs_int.go:10:92
./fmt_verbs_int.go:10:92:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:92:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:10:92:     from ... argument (spill) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:92:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:87: -42 escapes to heap:
./fmt_verbs_int.go:10:87:   flow: {storage for ... argument} = &{storage for -42}:
./fmt_verbs_int.go:10:87:     from -42 (spill) at ./fmt_verbs_int.go:10:87
./fmt_verbs_int.go:10:87:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:87:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:10:87:     from ... argument (spill) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:87:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:82: -42 escapes to heap:
./fmt_verbs_int.go:10:82:   flow: {storage for ... argument} = &{storage for -42}:
./fmt_verbs_int.go:10:82:     from -42 (spill) at ./fmt_verbs_int.go:10:82
./fmt_verbs_int.go:10:82:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:82:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:10:82:     from ... argument (spill) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:82:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:77: -42 escapes to heap:
./fmt_verbs_int.go:10:77:   flow: {storage for ... argument} = &{storage for -42}:
./fmt_verbs_int.go:10:77:     from -42 (spill) at ./fmt_verbs_int.go:10:77
./fmt_verbs_int.go:10:77:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:77:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:10:77:     from ... argument (spill) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:77:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:72: -42 escapes to heap:
./fmt_verbs_int.go:10:72:   flow: {storage for ... argument} = &{storage for -42}:
./fmt_verbs_int.go:10:72:     from -42 (spill) at ./fmt_verbs_int.go:10:72
./fmt_verbs_int.go:10:72:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:72:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:10:72:     from ... argument (spill) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:72:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:67: -42 escapes to heap:
./fmt_verbs_int.go:10:67:   flow: {storage for ... argument} = &{storage for -42}:
./fmt_verbs_int.go:10:67:     from -42 (spill) at ./fmt_verbs_int.go:10:67
./fmt_verbs_int.go:10:67:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:67:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:10:67:     from ... argument (spill) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:67:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:62: -42 escapes to heap:
./fmt_verbs_int.go:10:62:   flow: {storage for ... argument} = &{storage for -42}:
./fmt_verbs_int.go:10:62:     from -42 (spill) at ./fmt_verbs_int.go:10:62
./fmt_verbs_int.go:10:62:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:62:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:10:62:     from ... argument (spill) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:10:62:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:10:12
./fmt_verbs_int.go:9:94: 42 escapes to heap:
./fmt_verbs_int.go:9:94:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_verbs_int.go:9:94:     from 42 (spill) at ./fmt_verbs_int.go:9:94
./fmt_verbs_int.go:9:94:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:94:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:9:94:     from ... argument (spill) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:94:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:90: 42 escapes to heap:
./fmt_verbs_int.go:9:90:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_verbs_int.go:9:90:     from 42 (spill) at ./fmt_verbs_int.go:9:90
./fmt_verbs_int.go:9:90:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:90:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:9:90:     from ... argument (spill) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:90:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:86: 42 escapes to heap:
./fmt_verbs_int.go:9:86:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_verbs_int.go:9:86:     from 42 (spill) at ./fmt_verbs_int.go:9:86
./fmt_verbs_int.go:9:86:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:86:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:9:86:     from ... argument (spill) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:86:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:82: 42 escapes to heap:
./fmt_verbs_int.go:9:82:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_verbs_int.go:9:82:     from 42 (spill) at ./fmt_verbs_int.go:9:82
./fmt_verbs_int.go:9:82:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:82:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:9:82:     from ... argument (spill) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:82:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:78: 42 escapes to heap:
./fmt_verbs_int.go:9:78:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_verbs_int.go:9:78:     from 42 (spill) at ./fmt_verbs_int.go:9:78
./fmt_verbs_int.go:9:78:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:78:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:9:78:     from ... argument (spill) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:78:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:74: 42 escapes to heap:
./fmt_verbs_int.go:9:74:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_verbs_int.go:9:74:     from 42 (spill) at ./fmt_verbs_int.go:9:74
./fmt_verbs_int.go:9:74:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:74:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:9:74:     from ... argument (spill) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:74:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:70: 42 escapes to heap:
./fmt_verbs_int.go:9:70:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_verbs_int.go:9:70:     from 42 (spill) at ./fmt_verbs_int.go:9:70
./fmt_verbs_int.go:9:70:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:70:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:9:70:     from ... argument (spill) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:70:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:66: 42 escapes to heap:
./fmt_verbs_int.go:9:66:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_verbs_int.go:9:66:     from 42 (spill) at ./fmt_verbs_int.go:9:66
./fmt_verbs_int.go:9:66:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:66:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:9:66:     from ... argument (spill) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:66:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:62: 42 escapes to heap:
./fmt_verbs_int.go:9:62:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_verbs_int.go:9:62:     from 42 (spill) at ./fmt_verbs_int.go:9:62
./fmt_verbs_int.go:9:62:     from ... argument (slice-literal-element) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:62:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_int.go:9:62:     from ... argument (spill) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:62:     from fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|\n", ... argument...) (call parameter) at ./fmt_verbs_int.go:9:12
./fmt_verbs_int.go:9:12: ... argument does not escape
./fmt_verbs_int.go:9:62: 42 escapes to heap
./fmt_verbs_int.go:9:66: 42 escapes to heap
./fmt_verbs_int.go:9:70: 42 escapes to heap
./fmt_verbs_int.go:9:74: 42 escapes to heap
./fmt_verbs_int.go:9:78: 42 escapes to heap
./fmt_verbs_int.go:9:82: 42 escapes to heap
./fmt_verbs_int.go:9:86: 42 escapes to heap
./fmt_verbs_int.go:9:90: 42 escapes to heap
./fmt_verbs_int.go:9:94: 42 escapes to heap
./fmt_verbs_int.go:10:12: ... argument does not escape
./fmt_verbs_int.go:10:62: -42 escapes to heap
./fmt_verbs_int.go:10:67: -42 escapes to heap
./fmt_verbs_int.go:10:72: -42 escapes to heap
./fmt_verbs_int.go:10:77: -42 escapes to heap
./fmt_verbs_int.go:10:82: -42 escapes to heap
./fmt_verbs_int.go:10:87: -42 escapes to heap
./fmt_verbs_int.go:10:92: -42 escapes to heap
./fmt_verbs_int.go:10:97: -42 escapes to heap
./fmt_verbs_int.go:10:102: -42 escapes to heap
./fmt_verbs_int.go:11:12: ... argument does not escape
./fmt_verbs_int.go:11:42: 0 escapes to heap
./fmt_verbs_int.go:11:45: 0 escapes to heap
./fmt_verbs_int.go:11:48: 0 escapes to heap
./fmt_verbs_int.go:11:51: 0 escapes to heap
./fmt_verbs_int.go:11:54: 0 escapes to heap
./fmt_verbs_int.go:12:12: ... argument does not escape
./fmt_verbs_int.go:12:61: 7 escapes to heap
./fmt_verbs_int.go:12:64: 7 escapes to heap
./fmt_verbs_int.go:12:67: 7 escapes to heap
./fmt_verbs_int.go:12:70: 7 escapes to heap
./fmt_verbs_int.go:12:73: 0 escapes to heap
./fmt_verbs_int.go:12:76: 1 escapes to heap
./fmt_verbs_int.go:12:79: 0 escapes to heap
./fmt_verbs_int.go:13:12: ... argument does not escape
./fmt_verbs_int.go:13:58: 255 escapes to heap
./fmt_verbs_int.go:13:63: 255 escapes to heap
./fmt_verbs_int.go:13:68: 255 escapes to heap
./fmt_verbs_int.go:13:73: 255 escapes to heap
./fmt_verbs_int.go:13:78: 255 escapes to heap
./fmt_verbs_int.go:13:83: 255 escapes to heap
./fmt_verbs_int.go:13:88: 255 escapes to heap
./fmt_verbs_int.go:13:93: -255 escapes to heap
./fmt_verbs_int.go:13:99: -255 escapes to heap
./fmt_verbs_int.go:14:12: ... argument does not escape
./fmt_verbs_int.go:14:44: 8 escapes to heap
./fmt_verbs_int.go:14:47: 8 escapes to heap
./fmt_verbs_int.go:14:50: 8 escapes to heap
./fmt_verbs_int.go:14:53: 8 escapes to heap
./fmt_verbs_int.go:14:56: -8 escapes to heap
./fmt_verbs_int.go:14:60: 0 escapes to heap
./fmt_verbs_int.go:15:12: ... argument does not escape
./fmt_verbs_int.go:15:40: 5 escapes to heap
./fmt_verbs_int.go:15:43: 5 escapes to heap
./fmt_verbs_int.go:15:46: 5 escapes to heap
./fmt_verbs_int.go:15:49: -5 escapes to heap
./fmt_verbs_int.go:15:53: 1 escapes to heap
./fmt_verbs_int.go:16:12: ... argument does not escape
./fmt_verbs_int.go:16:44: 65 escapes to heap
./fmt_verbs_int.go:16:48: 0x4e16 escapes to heap
./fmt_verbs_int.go:16:56: 0x1F600 escapes to heap
./fmt_verbs_int.go:16:65: 'x' escapes to heap
./fmt_verbs_int.go:16:70: 'y' escapes to heap
./fmt_verbs_int.go:16:75: -1 escapes to heap
./fmt_verbs_int.go:16:79: 0x110000 escapes to heap
./fmt_verbs_int.go:17:12: ... argument does not escape
./fmt_verbs_int.go:17:43: 'a' escapes to heap
./fmt_verbs_int.go:17:48: '\n' escapes to heap
./fmt_verbs_int.go:17:54: 0x4e16 escapes to heap
./fmt_verbs_int.go:17:62: 0x4e16 escapes to heap
./fmt_verbs_int.go:17:70: 'b' escapes to heap
./fmt_verbs_int.go:17:75: '\'' escapes to heap
./fmt_verbs_int.go:17:81: -1 escapes to heap
./fmt_verbs_int.go:18:12: ... argument does not escape
./fmt_verbs_int.go:18:47: 'A' escapes to heap
./fmt_verbs_int.go:18:52: 'A' escapes to heap
./fmt_verbs_int.go:18:57: 0x1F600 escapes to heap
./fmt_verbs_int.go:18:66: 0x1F600 escapes to heap
./fmt_verbs_int.go:18:75: 'z' escapes to heap
./fmt_verbs_int.go:18:80: 'z' escapes to heap
./fmt_verbs_int.go:18:85: -1 escapes to heap
./fmt_verbs_int.go:19:12: ... argument does not escape
./fmt_verbs_int.go:19:39: int8(-128) escapes to heap
./fmt_verbs_int.go:19:52: int16(-32768) escapes to heap
./fmt_verbs_int.go:19:67: int32(-2147483648) escapes to heap
./fmt_verbs_int.go:19:87: int64(-9223372036854775808) escapes to heap
./fmt_verbs_int.go:19:111: -9223372036854775808 escapes to heap
./fmt_verbs_int.go:20:12: ... argument does not escape
./fmt_verbs_int.go:20:44: uint64(18446744073709551615) escapes to heap
./fmt_verbs_int.go:20:74: uint64(18446744073709551615) escapes to heap
./fmt_verbs_int.go:21:9: uint64(18446744073709551615) escapes to heap
./fmt_verbs_int.go:21:39: uint64(18446744073709551615) escapes to heap
./fmt_verbs_int.go:21:69: uint64(18446744073709551615) escapes to heap
./fmt_verbs_int.go:21:98: uint8(255) escapes to heap
./fmt_verbs_int.go:22:12: ... argument does not escape
./fmt_verbs_int.go:22:36: int8(-1) escapes to heap
./fmt_verbs_int.go:22:47: uint8(200) escapes to heap
./fmt_verbs_int.go:22:59: int16(-32768) escapes to heap
./fmt_verbs_int.go:22:76: uintptr(4096) escapes to heap
./fmt_verbs_int.go:23:12: ... argument does not escape
./fmt_verbs_int.go:23:42: int64(-9223372036854775808) escapes to heap
./fmt_verbs_int.go:23:72: uint64(1 << 63) escapes to heap
./fmt_verbs_int.go:23:81: -1 escapes to heap
./fmt_verbs_int.go:24:12: ... argument does not escape
./fmt_verbs_int.go:24:40: 3054 escapes to heap
./fmt_verbs_int.go:24:46: 3054 escapes to heap
./fmt_verbs_int.go:24:52: 3054 escapes to heap
./fmt_verbs_int.go:24:58: 8 escapes to heap
./fmt_verbs_int.go:24:61: 8 escapes to heap
./fmt_verbs_int.go:25:12: ... argument does not escape
./fmt_verbs_int.go:25:45: 1 escapes to heap
./fmt_verbs_int.go:25:48: 1 escapes to heap
./fmt_verbs_int.go:25:51: 5 escapes to heap
./fmt_verbs_int.go:25:54: 5 escapes to heap
./fmt_verbs_int.go:26:12: ... argument does not escape
./fmt_verbs_int.go:26:40: 123 escapes to heap
./fmt_verbs_int.go:26:45: 123 escapes to heap
./fmt_verbs_int.go:26:50: -123 escapes to heap
./fmt_verbs_int.go:29:12: ... argument does not escape
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:30:12: ... argument does not escape
./fmt_verbs_int.go:30:13: b escapes to heap
./fmt_verbs_int.go:30:13: b escapes to heap
./fmt_verbs_int.go:30:13: b escapes to heap
./fmt_verbs_int.go:30:13: b escapes to heap
./fmt_verbs_int.go:30:13: b escapes to heap
./fmt_verbs_int.go:30:13: b escapes to heap
