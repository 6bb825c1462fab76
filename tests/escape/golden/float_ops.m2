./float_ops.go:59:13: s64 escapes to heap:
./float_ops.go:59:13:   flow: {storage for ... argument} = &{storage for s64}:
./float_ops.go:59:13:     from s64 (spill) at ./float_ops.go:59:13
./float_ops.go:59:13:     from ... argument (slice-literal-element) at ./float_ops.go:59:13
./float_ops.go:59:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:59:13:     from ... argument (spill) at ./float_ops.go:59:13
./float_ops.go:59:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:59:13
./float_ops.go:59:13: s32 escapes to heap:
./float_ops.go:59:13:   flow: {storage for ... argument} = &{storage for s32}:
./float_ops.go:59:13:     from s32 (spill) at ./float_ops.go:59:13
./float_ops.go:59:13:     from ... argument (slice-literal-element) at ./float_ops.go:59:13
./float_ops.go:59:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:59:13:     from ... argument (spill) at ./float_ops.go:59:13
./float_ops.go:59:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:59:13
./float_ops.go:50:41: c <= 5.75 escapes to heap:
./float_ops.go:50:41:   flow: {storage for ... argument} = &{storage for c <= 5.75}:
./float_ops.go:50:41:     from c <= 5.75 (spill) at ./float_ops.go:50:41
./float_ops.go:50:41:     from ... argument (slice-literal-element) at ./float_ops.go:50:13
./float_ops.go:50:41:   flow: {heap} = {storage for ... argument}:
./float_ops.go:50:41:     from ... argument (spill) at ./float_ops.go:50:13
./float_ops.go:50:41:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:50:13
./float_ops.go:50:31: c < 5.75 escapes to heap:
./float_ops.go:50:31:   flow: {storage for ... argument} = &{storage for c < 5.75}:
./float_ops.go:50:31:     from c < 5.75 (spill) at ./float_ops.go:50:31
./float_ops.go:50:31:     from ... argument (slice-literal-element) at ./float_ops.go:50:13
./float_ops.go:50:31:   flow: {heap} = {storage for ... argument}:
./float_ops.go:50:31:     from ... argument (spill) at ./float_ops.go:50:13
./float_ops.go:50:31:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:50:13
./float_ops.go:50:24: c > 5 escapes to heap:
./float_ops.go:50:24:   flow: {storage for ... argument} = &{storage for c > 5}:
./float_ops.go:50:24:     from c > 5 (spill) at ./float_ops.go:50:24
./float_ops.go:50:24:     from ... argument (slice-literal-element) at ./float_ops.go:50:13
./float_ops.go:50:24:   flow: {heap} = {storage for ... argument}:
./float_ops.go:50:24:     from ... argument (spill) at ./float_ops.go:50:13
./float_ops.go:50:24:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:50:13
./float_ops.go:50:18: +c escapes to heap:
./float_ops.go:50:18:   flow: {storage for ... argument} = &{storage for +c}:
./float_ops.go:50:18:     from +c (spill) at ./float_ops.go:50:18
./float_ops.go:50:18:     from ... argument (slice-literal-element) at ./float_ops.go:50:13
./float_ops.go:50:18:   flow: {heap} = {storage for ... argument}:
./float_ops.go:50:18:     from ... argument (spill) at ./float_ops.go:50:13
./float_ops.go:50:18:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:50:13
./float_ops.go:50:14: -c escapes to heap:
./float_ops.go:50:14:   flow: {storage for ... argument} = &{storage for -c}:
./float_ops.go:50:14:     from -c (spill) at ./float_ops.go:50:14
./float_ops.go:50:14:     from ... argument (slice-literal-element) at ./float_ops.go:50:13
./float_ops.go:50:14:   flow: {heap} = {storage for ... argument}:
./float_ops.go:50:14:     from ... argument (spill) at ./float_ops.go:50:13
./float_ops.go:50:14:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:50:13
./float_ops.go:49:13: c escapes to heap:
./float_ops.go:49:13:   flow: {storage for ... argument} = &{storage for c}:
./float_ops.go:49:13:     from c (spill) at ./float_ops.go:49:13
./float_ops.go:49:13:     from ... argument (slice-literal-element) at ./float_ops.go:49:13
./float_ops.go:49:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:49:13:     from ... argument (spill) at ./float_ops.go:49:13
./float_ops.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:49:13
./float_ops.go:46:13: c escapes to heap:
./float_ops.go:46:13:   flow: {storage for ... argument} = &{storage for c}:
./float_ops.go:46:13:     from c (spill) at ./float_ops.go:46:13
./float_ops.go:46:13:     from ... argument (slice-literal-element) at ./float_ops.go:46:13
./float_ops.go:46:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:46:13:     from ... argument (spill) at ./float_ops.go:46:13
./float_ops.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:46:13
./float_ops.go:44:13: c escapes to heap:
./float_ops.go:44:13:   flow: {storage for ... argument} = &{storage for c}:
./float_ops.go:44:13:     from c (spill) at ./float_ops.go:44:13
./float_ops.go:44:13:     from ... argument (slice-literal-element) at ./float_ops.go:44:13
./float_ops.go:44:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:44:13:     from ... argument (spill) at ./float_ops.go:44:13
./float_ops.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:44:13
./float_ops.go:37:24: -m * 2 escapes to heap:
./float_ops.go:37:24:   flow: {storage for ... argument} = &{storage for -m * 2}:
./float_ops.go:37:24:     from -m * 2 (spill) at ./float_ops.go:37:24
./float_ops.go:37:24:     from ... argument (slice-literal-element) at ./float_ops.go:37:13
./float_ops.go:37:24:   flow: {heap} = {storage for ... argument}:
./float_ops.go:37:24:     from ... argument (spill) at ./float_ops.go:37:13
./float_ops.go:37:24:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:37:13
./float_ops.go:37:18: m * 2 escapes to heap:
./float_ops.go:37:18:   flow: {storage for ... argument} = &{storage for m * 2}:
./float_ops.go:37:18:     from m * 2 (spill) at ./float_ops.go:37:18
./float_ops.go:37:18:     from ... argument (slice-literal-element) at ./float_ops.go:37:13
./float_ops.go:37:18:   flow: {heap} = {storage for ... argument}:
./float_ops.go:37:18:     from ... argument (spill) at ./float_ops.go:37:13
./float_ops.go:37:18:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:37:13
./float_ops.go:37:13: m escapes to heap:
./float_ops.go:37:13:   flow: {storage for ... argument} = &{storage for m}:
./float_ops.go:37:13:     from m (spill) at ./float_ops.go:37:13
./float_ops.go:37:13:     from ... argument (slice-literal-element) at ./float_ops.go:37:13
./float_ops.go:37:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:37:13:     from ... argument (spill) at ./float_ops.go:37:13
./float_ops.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:37:13
./float_ops.go:35:40: 2.5e-324 * 1 escapes to heap:
./float_ops.go:35:40:   flow: {storage for ... argument} = &{storage for 2.5e-324 * 1}:
./float_ops.go:35:40:     from 2.5e-324 * 1 (spill) at ./float_ops.go:35:40
./float_ops.go:35:40:     from ... argument (slice-literal-element) at ./float_ops.go:35:13
./float_ops.go:35:40:   flow: {heap} = {storage for ... argument}:
./float_ops.go:35:40:     from ... argument (spill) at ./float_ops.go:35:13
./float_ops.go:35:40:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:35:13
./float_ops.go:35:24: 5e-324 escapes to heap:
./float_ops.go:35:24:   flow: {storage for ... argument} = &{storage for 5e-324}:
./float_ops.go:35:24:     from 5e-324 (spill) at ./float_ops.go:35:24
./float_ops.go:35:24:     from ... argument (slice-literal-element) at ./float_ops.go:35:13
./float_ops.go:35:24:   flow: {heap} = {storage for ... argument}:
./float_ops.go:35:24:     from ... argument (spill) at ./float_ops.go:35:13
./float_ops.go:35:24:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:35:13
./float_ops.go:35:20: 5e-324 / 2 escapes to heap:
./float_ops.go:35:20:   flow: {storage for ... argument} = &{storage for 5e-324 / 2}:
./float_ops.go:35:20:     from 5e-324 / 2 (spill) at ./float_ops.go:35:20
./float_ops.go:35:20:     from ... argument (slice-literal-element) at ./float_ops.go:35:13
./float_ops.go:35:20:   flow: {heap} = {storage for ... argument}:
./float_ops.go:35:20:     from ... argument (spill) at ./float_ops.go:35:13
./float_ops.go:35:20:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:35:13
./float_ops.go:34:32: -big * 10 escapes to heap:
./float_ops.go:34:32:   flow: {storage for ... argument} = &{storage for -big * 10}:
./float_ops.go:34:32:     from -big * 10 (spill) at ./float_ops.go:34:32
./float_ops.go:34:32:     from ... argument (slice-literal-element) at ./float_ops.go:34:13
./float_ops.go:34:32:   flow: {heap} = {storage for ... argument}:
./float_ops.go:34:32:     from ... argument (spill) at ./float_ops.go:34:13
./float_ops.go:34:32:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:34:13
./float_ops.go:34:21: big * 10 > big escapes to heap:
./float_ops.go:34:21:   flow: {storage for ... argument} = &{storage for big * 10 > big}:
./float_ops.go:34:21:     from big * 10 > big (spill) at ./float_ops.go:34:21
./float_ops.go:34:21:     from ... argument (slice-literal-element) at ./float_ops.go:34:13
./float_ops.go:34:21:   flow: {heap} = {storage for ... argument}:
./float_ops.go:34:21:     from ... argument (spill) at ./float_ops.go:34:13
./float_ops.go:34:21:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:34:13
./float_ops.go:31:32: tiny32 / 1e8 escapes to heap:
./float_ops.go:31:32:   flow: {storage for ... argument} = &{storage for tiny32 / 1e8}:
./float_ops.go:31:32:     from tiny32 / 1e8 (spill) at ./float_ops.go:31:32
./float_ops.go:31:32:     from ... argument (slice-literal-element) at ./float_ops.go:31:13
./float_ops.go:31:32:   flow: {heap} = {storage for ... argument}:
./float_ops.go:31:32:     from ... argument (spill) at ./float_ops.go:31:13
./float_ops.go:31:32:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:31:13
./float_ops.go:31:20: tiny32 / 1e6 escapes to heap:
./float_ops.go:31:20:   flow: {storage for ... argument} = &{storage for tiny32 / 1e6}:
./float_ops.go:31:20:     from tiny32 / 1e6 (spill) at ./float_ops.go:31:20
./float_ops.go:31:20:     from ... argument (slice-literal-element) at ./float_ops.go:31:13
./float_ops.go:31:20:   flow: {heap} = {storage for ... argument}:
./float_ops.go:31:20:     from ... argument (spill) at ./float_ops.go:31:13
./float_ops.go:31:20:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:31:13
./float_ops.go:29:73: big32 * big32 * big32 * big32 * big32 * big32 * big32 * big32 escapes to heap:
./float_ops.go:29:73:   flow: {storage for ... argument} = &{storage for big32 * big32 * big32 * big32 * big32 * big32 * big32 * big32}:
./float_ops.go:29:73:     from big32 * big32 * big32 * big32 * big32 * big32 * big32 * big32 (spill) at ./float_ops.go:29:73
./float_ops.go:29:73:     from ... argument (slice-literal-element) at ./float_ops.go:29:13
./float_ops.go:29:73:   flow: {heap} = {storage for ... argument}:
./float_ops.go:29:73:     from ... argument (spill) at ./float_ops.go:29:13
./float_ops.go:29:73:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:29:13
./float_ops.go:29:28: big32 + 2 escapes to heap:
./float_ops.go:29:28:   flow: {storage for ... argument} = &{storage for big32 + 2}:
./float_ops.go:29:28:     from big32 + 2 (spill) at ./float_ops.go:29:28
./float_ops.go:29:28:     from ... argument (slice-literal-element) at ./float_ops.go:29:13
./float_ops.go:29:28:   flow: {heap} = {storage for ... argument}:
./float_ops.go:29:28:     from ... argument (spill) at ./float_ops.go:29:13
./float_ops.go:29:28:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:29:13
./float_ops.go:29:19: big32 + 1 escapes to heap:
./float_ops.go:29:19:   flow: {storage for ... argument} = &{storage for big32 + 1}:
./float_ops.go:29:19:     from big32 + 1 (spill) at ./float_ops.go:29:19
./float_ops.go:29:19:     from ... argument (slice-literal-element) at ./float_ops.go:29:13
./float_ops.go:29:19:   flow: {heap} = {storage for ... argument}:
./float_ops.go:29:19:     from ... argument (spill) at ./float_ops.go:29:13
./float_ops.go:29:19:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:29:13
./float_ops.go:27:37: float64(third) escapes to heap:
./float_ops.go:27:37:   flow: {storage for ... argument} = &{storage for float64(third)}:
./float_ops.go:27:37:     from float64(third) (spill) at ./float_ops.go:27:37
./float_ops.go:27:37:     from ... argument (slice-literal-element) at ./float_ops.go:27:13
./float_ops.go:27:37:   flow: {heap} = {storage for ... argument}:
./float_ops.go:27:37:     from ... argument (spill) at ./float_ops.go:27:13
./float_ops.go:27:37:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:27:13
./float_ops.go:27:26: third * 3 escapes to heap:
./float_ops.go:27:26:   flow: {storage for ... argument} = &{storage for third * 3}:
./float_ops.go:27:26:     from third * 3 (spill) at ./float_ops.go:27:26
./float_ops.go:27:26:     from ... argument (slice-literal-element) at ./float_ops.go:27:13
./float_ops.go:27:26:   flow: {heap} = {storage for ... argument}:
./float_ops.go:27:26:     from ... argument (spill) at ./float_ops.go:27:13
./float_ops.go:27:26:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:27:13
./float_ops.go:27:13: third escapes to heap:
./float_ops.go:27:13:   flow: {storage for ... argument} = &{storage for third}:
./float_ops.go:27:13:     from third (spill) at ./float_ops.go:27:13
./float_ops.go:27:13:     from ... argument (slice-literal-element) at ./float_ops.go:27:13
./float_ops.go:27:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:27:13:     from ... argument (spill) at ./float_ops.go:27:13
./float_ops.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:27:13
./float_ops.go:25:42: a32 * 3 escapes to heap:
./float_ops.go:25:42:   flow: {storage for ... argument} = &{storage for a32 * 3}:
./float_ops.go:25:42:     from a32 * 3 (spill) at ./float_ops.go:25:42
./float_ops.go:25:42:     from ... argument (slice-literal-element) at ./float_ops.go:25:13
./float_ops.go:25:42:   flow: {heap} = {storage for ... argument}:
./float_ops.go:25:42:     from ... argument (spill) at ./float_ops.go:25:13
./float_ops.go:25:42:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:25:13
./float_ops.go:25:31: a32 + b32 == 0.3 escapes to heap:
./float_ops.go:25:31:   flow: {storage for ... argument} = &{storage for a32 + b32 == 0.3}:
./float_ops.go:25:31:     from a32 + b32 == 0.3 (spill) at ./float_ops.go:25:31
./float_ops.go:25:31:     from ... argument (slice-literal-element) at ./float_ops.go:25:13
./float_ops.go:25:31:   flow: {heap} = {storage for ... argument}:
./float_ops.go:25:31:     from ... argument (spill) at ./float_ops.go:25:13
./float_ops.go:25:31:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:25:13
./float_ops.go:25:17: a32 + b32 escapes to heap:
./float_ops.go:25:17:   flow: {storage for ... argument} = &{storage for a32 + b32}:
./float_ops.go:25:17:     from a32 + b32 (spill) at ./float_ops.go:25:17
./float_ops.go:25:17:     from ... argument (slice-literal-element) at ./float_ops.go:25:13
./float_ops.go:25:17:   flow: {heap} = {storage for ... argument}:
./float_ops.go:25:17:     from ... argument (spill) at ./float_ops.go:25:13
./float_ops.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:25:13
./float_ops.go:23:39: 0.1 + 0.2 == 0.3 escapes to heap:
./float_ops.go:23:39:   flow: {storage for ... argument} = &{storage for 0.1 + 0.2 == 0.3}:
./float_ops.go:23:39:     from 0.1 + 0.2 == 0.3 (spill) at ./float_ops.go:23:39
./float_ops.go:23:39:     from ... argument (slice-literal-element) at ./float_ops.go:23:13
./float_ops.go:23:39:   flow: {heap} = {storage for ... argument}:
./float_ops.go:23:39:     from ... argument (spill) at ./float_ops.go:23:13
./float_ops.go:23:39:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:23:13
./float_ops.go:23:23: a + b == 0.3 escapes to heap:
./float_ops.go:23:23:   flow: {storage for ... argument} = &{storage for a + b == 0.3}:
./float_ops.go:23:23:     from a + b == 0.3 (spill) at ./float_ops.go:23:23
./float_ops.go:23:23:     from ... argument (slice-literal-element) at ./float_ops.go:23:13
./float_ops.go:23:23:   flow: {heap} = {storage for ... argument}:
./float_ops.go:23:23:     from ... argument (spill) at ./float_ops.go:23:13
./float_ops.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:23:13
./float_ops.go:23:15: a + b escapes to heap:
./float_ops.go:23:15:   flow: {storage for ... argument} = &{storage for a + b}:
./float_ops.go:23:15:     from a + b (spill) at ./float_ops.go:23:15
./float_ops.go:23:15:     from ... argument (slice-literal-element) at ./float_ops.go:23:13
./float_ops.go:23:15:   flow: {heap} = {storage for ... argument}:
./float_ops.go:23:15:     from ... argument (spill) at ./float_ops.go:23:13
./float_ops.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:23:13
./float_ops.go:20:13: negz escapes to heap:
./float_ops.go:20:13:   flow: {storage for ... argument} = &{storage for negz}:
./float_ops.go:20:13:     from negz (spill) at ./float_ops.go:20:13
./float_ops.go:20:13:     from ... argument (slice-literal-element) at ./float_ops.go:20:12
./float_ops.go:20:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:20:13:     from ... argument (spill) at ./float_ops.go:20:12
./float_ops.go:20:13:     from fmt.Printf("%v %.1f %g %e\n", ... argument...) (call parameter) at ./float_ops.go:20:12
./float_ops.go:20:13: negz escapes to heap:
./float_ops.go:20:13:   flow: {storage for ... argument} = &{storage for negz}:
./float_ops.go:20:13:     from negz (spill) at ./float_ops.go:20:13
./float_ops.go:20:13:     from ... argument (slice-literal-element) at ./float_ops.go:20:12
./float_ops.go:20:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:20:13:     from ... argument (spill) at ./float_ops.go:20:12
./float_ops.go:20:13:     from fmt.Printf("%v %.1f %g %e\n", ... argument...) (call parameter) at ./float_ops.go:20:12
./float_ops.go:20:13: negz escapes to heap:
./float_ops.go:20:13:   flow: {storage for ... argument} = &{storage for negz}:
./float_ops.go:20:13:     from negz (spill) at ./float_ops.go:20:13
./float_ops.go:20:13:     from ... argument (slice-literal-element) at ./float_ops.go:20:12
./float_ops.go:20:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:20:13:     from ... argument (spill) at ./float_ops.go:20:12
./float_ops.go:20:13:     from fmt.Printf("%v %.1f %g %e\n", ... argument...) (call parameter) at ./float_ops.go:20:12
./float_ops.go:20:13: negz escapes to heap:
./float_ops.go:20:13:   flow: {storage for ... argument} = &{storage for negz}:
./float_ops.go:20:13:     from negz (spill) at ./float_ops.go:20:13
./float_ops.go:20:13:     from ... argument (slice-literal-element) at ./float_ops.go:20:12
./float_ops.go:20:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:20:13:     from ... argument (spill) at ./float_ops.go:20:12
./float_ops.go:20:13:     from fmt.Printf("%v %.1f %g %e\n", ... argument...) (call parameter) at ./float_ops.go:20:12
./float_ops.go:19:43: 1 / zero escapes to heap:
./float_ops.go:19:43:   flow: {storage for ... argument} = &{storage for 1 / zero}:
./float_ops.go:19:43:     from 1 / zero (spill) at ./float_ops.go:19:43
./float_ops.go:19:43:     from ... argument (slice-literal-element) at ./float_ops.go:19:13
./float_ops.go:19:43:   flow: {heap} = {storage for ... argument}:
./float_ops.go:19:43:     from ... argument (spill) at ./float_ops.go:19:13
./float_ops.go:19:43:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:19:13
./float_ops.go:19:35: 1 / negz escapes to heap:
./float_ops.go:19:35:   flow: {storage for ... argument} = &{storage for 1 / negz}:
./float_ops.go:19:35:     from 1 / negz (spill) at ./float_ops.go:19:35
./float_ops.go:19:35:     from ... argument (slice-literal-element) at ./float_ops.go:19:13
./float_ops.go:19:35:   flow: {heap} = {storage for ... argument}:
./float_ops.go:19:35:     from ... argument (spill) at ./float_ops.go:19:13
./float_ops.go:19:35:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:19:13
./float_ops.go:19:25: negz == zero escapes to heap:
./float_ops.go:19:25:   flow: {storage for ... argument} = &{storage for negz == zero}:
./float_ops.go:19:25:     from negz == zero (spill) at ./float_ops.go:19:25
./float_ops.go:19:25:     from ... argument (slice-literal-element) at ./float_ops.go:19:13
./float_ops.go:19:25:   flow: {heap} = {storage for ... argument}:
./float_ops.go:19:25:     from ... argument (spill) at ./float_ops.go:19:13
./float_ops.go:19:25:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:19:13
./float_ops.go:19:13: negz escapes to heap:
./float_ops.go:19:13:   flow: {storage for ... argument} = &{storage for negz}:
./float_ops.go:19:13:     from negz (spill) at ./float_ops.go:19:13
./float_ops.go:19:13:     from ... argument (slice-literal-element) at ./float_ops.go:19:13
./float_ops.go:19:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:19:13:     from ... argument (spill) at ./float_ops.go:19:13
./float_ops.go:19:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:19:13
./float_ops.go:16:24: x != x escapes to heap:
./float_ops.go:16:24:   flow: {storage for ... argument} = &{storage for x != x}:
./float_ops.go:16:24:     from x != x (spill) at ./float_ops.go:16:24
./float_ops.go:16:24:     from ... argument (slice-literal-element) at ./float_ops.go:16:13
./float_ops.go:16:24:   flow: {heap} = {storage for ... argument}:
./float_ops.go:16:24:     from ... argument (spill) at ./float_ops.go:16:13
./float_ops.go:16:24:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:16:13
./float_ops.go:16:16: x == x escapes to heap:
./float_ops.go:16:16:   flow: {storage for ... argument} = &{storage for x == x}:
./float_ops.go:16:16:     from x == x (spill) at ./float_ops.go:16:16
./float_ops.go:16:16:     from ... argument (slice-literal-element) at ./float_ops.go:16:13
./float_ops.go:16:16:   flow: {heap} = {storage for ... argument}:
./float_ops.go:16:16:     from ... argument (spill) at ./float_ops.go:16:13
./float_ops.go:16:16:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:16:13
./float_ops.go:14:73: inf + inf escapes to heap:
./float_ops.go:14:73:   flow: {storage for ... argument} = &{storage for inf + inf}:
./float_ops.go:14:73:     from inf + inf (spill) at ./float_ops.go:14:73
./float_ops.go:14:73:     from ... argument (slice-literal-element) at ./float_ops.go:14:13
./float_ops.go:14:73:   flow: {heap} = {storage for ... argument}:
./float_ops.go:14:73:     from ... argument (spill) at ./float_ops.go:14:13
./float_ops.go:14:73:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:14:13
./float_ops.go:14:66: inf * 0 escapes to heap:
./float_ops.go:14:66:   flow: {storage for ... argument} = &{storage for inf * 0}:
./float_ops.go:14:66:     from inf * 0 (spill) at ./float_ops.go:14:66
./float_ops.go:14:66:     from ... argument (slice-literal-element) at ./float_ops.go:14:13
./float_ops.go:14:66:   flow: {heap} = {storage for ... argument}:
./float_ops.go:14:66:     from ... argument (spill) at ./float_ops.go:14:13
./float_ops.go:14:66:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:14:13
./float_ops.go:14:57: inf - inf escapes to heap:
./float_ops.go:14:57:   flow: {storage for ... argument} = &{storage for inf - inf}:
./float_ops.go:14:57:     from inf - inf (spill) at ./float_ops.go:14:57
./float_ops.go:14:57:     from ... argument (slice-literal-element) at ./float_ops.go:14:13
./float_ops.go:14:57:   flow: {heap} = {storage for ... argument}:
./float_ops.go:14:57:     from ... argument (spill) at ./float_ops.go:14:13
./float_ops.go:14:57:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:14:13
./float_ops.go:14:46: inf == inf escapes to heap:
./float_ops.go:14:46:   flow: {storage for ... argument} = &{storage for inf == inf}:
./float_ops.go:14:46:     from inf == inf (spill) at ./float_ops.go:14:46
./float_ops.go:14:46:     from ... argument (slice-literal-element) at ./float_ops.go:14:13
./float_ops.go:14:46:   flow: {heap} = {storage for ... argument}:
./float_ops.go:14:46:     from ... argument (spill) at ./float_ops.go:14:13
./float_ops.go:14:46:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:14:13
./float_ops.go:14:32: ninf < -1e308 escapes to heap:
./float_ops.go:14:32:   flow: {storage for ... argument} = &{storage for ninf < -1e308}:
./float_ops.go:14:32:     from ninf < -1e308 (spill) at ./float_ops.go:14:32
./float_ops.go:14:32:     from ... argument (slice-literal-element) at ./float_ops.go:14:13
./float_ops.go:14:32:   flow: {heap} = {storage for ... argument}:
./float_ops.go:14:32:     from ... argument (spill) at ./float_ops.go:14:13
./float_ops.go:14:32:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:14:13
./float_ops.go:14:18: inf > 1e308 escapes to heap:
./float_ops.go:14:18:   flow: {storage for ... argument} = &{storage for inf > 1e308}:
./float_ops.go:14:18:     from inf > 1e308 (spill) at ./float_ops.go:14:18
./float_ops.go:14:18:     from ... argument (slice-literal-element) at ./float_ops.go:14:13
./float_ops.go:14:18:   flow: {heap} = {storage for ... argument}:
./float_ops.go:14:18:     from ... argument (spill) at ./float_ops.go:14:13
./float_ops.go:14:18:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:14:13
./float_ops.go:13:72: nan >= nan escapes to heap:
./float_ops.go:13:72:   flow: {storage for ... argument} = &{storage for nan >= nan}:
./float_ops.go:13:72:     from nan >= nan (spill) at ./float_ops.go:13:72
./float_ops.go:13:72:     from ... argument (slice-literal-element) at ./float_ops.go:13:13
./float_ops.go:13:72:   flow: {heap} = {storage for ... argument}:
./float_ops.go:13:72:     from ... argument (spill) at ./float_ops.go:13:13
./float_ops.go:13:72:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:13:13
./float_ops.go:13:60: nan <= nan escapes to heap:
./float_ops.go:13:60:   flow: {storage for ... argument} = &{storage for nan <= nan}:
./float_ops.go:13:60:     from nan <= nan (spill) at ./float_ops.go:13:60
./float_ops.go:13:60:     from ... argument (slice-literal-element) at ./float_ops.go:13:13
./float_ops.go:13:60:   flow: {heap} = {storage for ... argument}:
./float_ops.go:13:60:     from ... argument (spill) at ./float_ops.go:13:13
./float_ops.go:13:60:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:13:13
./float_ops.go:13:51: nan > 1 escapes to heap:
./float_ops.go:13:51:   flow: {storage for ... argument} = &{storage for nan > 1}:
./float_ops.go:13:51:     from nan > 1 (spill) at ./float_ops.go:13:51
./float_ops.go:13:51:     from ... argument (slice-literal-element) at ./float_ops.go:13:13
./float_ops.go:13:51:   flow: {heap} = {storage for ... argument}:
./float_ops.go:13:51:     from ... argument (spill) at ./float_ops.go:13:13
./float_ops.go:13:51:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:13:13
./float_ops.go:13:42: nan < 1 escapes to heap:
./float_ops.go:13:42:   flow: {storage for ... argument} = &{storage for nan < 1}:
./float_ops.go:13:42:     from nan < 1 (spill) at ./float_ops.go:13:42
./float_ops.go:13:42:     from ... argument (slice-literal-element) at ./float_ops.go:13:13
./float_ops.go:13:42:   flow: {heap} = {storage for ... argument}:
./float_ops.go:13:42:     from ... argument (spill) at ./float_ops.go:13:13
./float_ops.go:13:42:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:13:13
./float_ops.go:13:30: nan != nan escapes to heap:
./float_ops.go:13:30:   flow: {storage for ... argument} = &{storage for nan != nan}:
./float_ops.go:13:30:     from nan != nan (spill) at ./float_ops.go:13:30
./float_ops.go:13:30:     from ... argument (slice-literal-element) at ./float_ops.go:13:13
./float_ops.go:13:30:   flow: {heap} = {storage for ... argument}:
./float_ops.go:13:30:     from ... argument (spill) at ./float_ops.go:13:13
./float_ops.go:13:30:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:13:13
./float_ops.go:13:18: nan == nan escapes to heap:
./float_ops.go:13:18:   flow: {storage for ... argument} = &{storage for nan == nan}:
./float_ops.go:13:18:     from nan == nan (spill) at ./float_ops.go:13:18
./float_ops.go:13:18:     from ... argument (slice-literal-element) at ./float_ops.go:13:13
./float_ops.go:13:18:   flow: {heap} = {storage for ... argument}:
./float_ops.go:13:18:     from ... argument (spill) at ./float_ops.go:13:13
./float_ops.go:13:18:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:13:13
./float_ops.go:12:13: ninf escapes to heap:
./float_ops.go:12:13:   flow: {storage for ... argument} = &{storage for ninf}:
./float_ops.go:12:13:     from ninf (spill) at ./float_ops.go:12:13
./float_ops.go:12:13:     from ... argument (slice-literal-element) at ./float_ops.go:12:13
./float_ops.go:12:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:12:13:     from ... argument (spill) at ./float_ops.go:12:13
./float_ops.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:12:13
./float_ops.go:12:13: inf escapes to heap:
./float_ops.go:12:13:   flow: {storage for ... argument} = &{storage for inf}:
./float_ops.go:12:13:     from inf (spill) at ./float_ops.go:12:13
./float_ops.go:12:13:     from ... argument (slice-literal-element) at ./float_ops.go:12:13
./float_ops.go:12:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:12:13:     from ... argument (spill) at ./float_ops.go:12:13
./float_ops.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:12:13
./float_ops.go:12:13: nan escapes to heap:
./float_ops.go:12:13:   flow: {storage for ... argument} = &{storage for nan}:
./float_ops.go:12:13:     from nan (spill) at ./float_ops.go:12:13
./float_ops.go:12:13:     from ... argument (slice-literal-element) at ./float_ops.go:12:13
./float_ops.go:12:13:   flow: {heap} = {storage for ... argument}:
./float_ops.go:12:13:     from ... argument (spill) at ./float_ops.go:12:13
./float_ops.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./float_ops.go:12:13
./float_ops.go:12:13: ... argument does not escape
./float_ops.go:12:13: nan escapes to heap
./float_ops.go:12:13: inf escapes to heap
./float_ops.go:12:13: ninf escapes to heap
./float_ops.go:13:13: ... argument does not escape
./float_ops.go:13:18: nan == nan escapes to heap
./float_ops.go:13:30: nan != nan escapes to heap
./float_ops.go:13:42: nan < 1 escapes to heap
./float_ops.go:13:51: nan > 1 escapes to heap
./float_ops.go:13:60: nan <= nan escapes to heap
./float_ops.go:13:72: nan >= nan escapes to heap
./float_ops.go:14:13: ... argument does not escape
./float_ops.go:14:18: inf > 1e308 escapes to heap
./float_ops.go:14:32: ninf < -1e308 escapes to heap
./float_ops.go:14:46: inf == inf escapes to heap
./float_ops.go:14:57: inf - inf escapes to heap
./float_ops.go:14:66: inf * 0 escapes to heap
./float_ops.go:14:73: inf + inf escapes to heap
./float_ops.go:16:13: ... argument does not escape
./float_ops.go:16:16: x == x escapes to heap
./float_ops.go:16:24: x != x escapes to heap
./float_ops.go:19:13: ... argument does not escape
./float_ops.go:19:13: negz escapes to heap
./float_ops.go:19:25: negz == zero escapes to heap
./float_ops.go:19:35: 1 / negz escapes to heap
./float_ops.go:19:43: 1 / zero escapes to heap
./float_ops.go:20:12: ... argument does not escape
./float_ops.go:20:13: negz escapes to heap
./float_ops.go:20:13: negz escapes to heap
./float_ops.go:20:13: negz escapes to heap
./float_ops.go:20:13: negz escapes to heap
./float_ops.go:23:13: ... argument does not escape
./float_ops.go:23:15: a + b escapes to heap
./float_ops.go:23:23: a + b == 0.3 escapes to heap
./float_ops.go:23:39: 0.1 + 0.2 == 0.3 escapes to heap
./float_ops.go:25:13: ... argument does not escape
./float_ops.go:25:17: a32 + b32 escapes to heap
./float_ops.go:25:31: a32 + b32 == 0.3 escapes to heap
./float_ops.go:25:42: a32 * 3 escapes to heap
./float_ops.go:27:13: ... argument does not escape
./float_ops.go:27:13: third escapes to heap
./float_ops.go:27:26: third * 3 escapes to heap
./float_ops.go:27:37: float64(third) escapes to heap
./float_ops.go:29:13: ... argument does not escape
./float_ops.go:29:19: big32 + 1 escapes to heap
./float_ops.go:29:28: big32 + 2 escapes to heap
./float_ops.go:29:73: big32 * big32 * big32 * big32 * big32 * big32 * big32 * big32 escapes to heap
./float_ops.go:31:13: ... argument does not escape
./float_ops.go:31:20: tiny32 / 1e6 escapes to heap
./float_ops.go:31:32: tiny32 / 1e8 escapes to heap
./float_ops.go:34:13: ... argument does not escape
./float_ops.go:34:21: big * 10 > big escapes to heap
./float_ops.go:34:32: -big * 10 escapes to heap
./float_ops.go:35:13: ... argument does not escape
./float_ops.go:35:20: 5e-324 / 2 escapes to heap
./float_ops.go:35:24: 5e-324 escapes to heap
./float_ops.go:35:40: 2.5e-324 * 1 escapes to heap
./float_ops.go:37:13: ... argument does not escape
./float_ops.go:37:13: m escapes to heap
./float_ops.go:37:18: m * 2 escapes to heap
./float_ops.go:37:24: -m * 2 escapes to heap
./float_ops.go:44:13: ... argument does not escape
./float_ops.go:44:13: c escapes to heap
./float_ops.go:46:13: ... argument does not escape
./float_ops.go:46:13: c escapes to heap
./float_ops.go:49:13: ... argument does not escape
./float_ops.go:49:13: c escapes to heap
./float_ops.go:50:13: ... argument does not escape
./float_ops.go:50:14: -c escapes to heap
./float_ops.go:50:18: +c escapes to heap
./float_ops.go:50:24: c > 5 escapes to heap
./float_ops.go:50:31: c < 5.75 escapes to heap
./float_ops.go:50:41: c <= 5.75 escapes to heap
./float_ops.go:59:13: ... argument does not escape
./float_ops.go:59:13: s32 escapes to heap
./float_ops.go:59:13: s64 escapes to heap
