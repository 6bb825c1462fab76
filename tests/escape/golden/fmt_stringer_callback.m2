./fmt_stringer_callback.go:21:67: depth(int(d)) escapes to heap:
./fmt_stringer_callback.go:21:67:   flow: {storage for ... argument} = &{storage for depth(int(d))}:
./fmt_stringer_callback.go:21:67:     from depth(int(d)) (spill) at ./fmt_stringer_callback.go:21:67
./fmt_stringer_callback.go:21:67:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:21:51
./fmt_stringer_callback.go:21:67:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:21:67:     from ... argument (spill) at ./fmt_stringer_callback.go:21:51
./fmt_stringer_callback.go:21:67:     from fmt.Sprintf("deep%d", ... argument...) (call parameter) at ./fmt_stringer_callback.go:21:51
./fmt_stringer_callback.go:21:51: ... argument does not escape
./fmt_stringer_callback.go:21:67: depth(int(d)) escapes to heap
./fmt_stringer_callback.go:31:19: parts escapes to heap:
./fmt_stringer_callback.go:31:19:   flow: {storage for ... argument} = &{storage for parts}:
./fmt_stringer_callback.go:31:19:     from parts (spill) at ./fmt_stringer_callback.go:31:19
./fmt_stringer_callback.go:31:19:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:31:19
./fmt_stringer_callback.go:31:19:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:31:19:     from ... argument (spill) at ./fmt_stringer_callback.go:31:19
./fmt_stringer_callback.go:31:19:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_callback.go:31:19
./fmt_stringer_callback.go:28:35: i escapes to heap:
./fmt_stringer_callback.go:28:35:   flow: {storage for ... argument} = &{storage for i}:
./fmt_stringer_callback.go:28:35:     from i (spill) at ./fmt_stringer_callback.go:28:35
./fmt_stringer_callback.go:28:35:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:28:35
./fmt_stringer_callback.go:28:35:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:28:35:     from ... argument (spill) at ./fmt_stringer_callback.go:28:35
./fmt_stringer_callback.go:28:35:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_callback.go:28:35
./fmt_stringer_callback.go:28:35: ... argument does not escape
./fmt_stringer_callback.go:28:35: i escapes to heap
./fmt_stringer_callback.go:31:19: ... argument does not escape
./fmt_stringer_callback.go:31:19: parts escapes to heap
./fmt_stringer_callback.go:46:64: n.Inner escapes to heap:
./fmt_stringer_callback.go:46:64:   flow: {storage for ... argument} = &{storage for n.Inner}:
./fmt_stringer_callback.go:46:64:     from n.Inner (spill) at ./fmt_stringer_callback.go:46:64
./fmt_stringer_callback.go:46:64:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:46:53
./fmt_stringer_callback.go:46:64:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:46:64:     from ... argument (spill) at ./fmt_stringer_callback.go:46:53
./fmt_stringer_callback.go:46:64:     from fmt.Sprintf("N[%v]", ... argument...) (call parameter) at ./fmt_stringer_callback.go:46:53
./fmt_stringer_callback.go:46:53: ... argument does not escape
./fmt_stringer_callback.go:46:64: n.Inner escapes to heap
./fmt_stringer_callback.go:49:5: func literal escapes to heap:
./fmt_stringer_callback.go:49:5:   flow: {heap} = &{storage for func literal}:
./fmt_stringer_callback.go:49:5:     from func literal (spill) at ./fmt_stringer_callback.go:49:5
./fmt_stringer_callback.go:61:34: Remote(1) escapes to heap:
./fmt_stringer_callback.go:61:34:   flow: {heap} = &{storage for Remote(1)}:
./fmt_stringer_callback.go:61:34:     from Remote(1) (spill) at ./fmt_stringer_callback.go:61:34
./fmt_stringer_callback.go:61:34:     from map[string]fmt.Stringer{...} (map literal value) at ./fmt_stringer_callback.go:61:30
./fmt_stringer_callback.go:61:50: Deep(20) escapes to heap:
./fmt_stringer_callback.go:61:50:   flow: {heap} = &{storage for Deep(20)}:
./fmt_stringer_callback.go:61:50:     from Deep(20) (spill) at ./fmt_stringer_callback.go:61:50
./fmt_stringer_callback.go:61:50:     from map[string]fmt.Stringer{...} (map literal value) at ./fmt_stringer_callback.go:61:30
./fmt_stringer_callback.go:61:30: map[string]fmt.Stringer{...} escapes to heap:
./fmt_stringer_callback.go:61:30:   flow: m = &{storage for map[string]fmt.Stringer{...}}:
./fmt_stringer_callback.go:61:30:     from map[string]fmt.Stringer{...} (spill) at ./fmt_stringer_callback.go:61:30
./fmt_stringer_callback.go:61:30:     from m := map[string]fmt.Stringer{...} (assign) at ./fmt_stringer_callback.go:61:4
./fmt_stringer_callback.go:61:30:   flow: {storage for ... argument} = m:
./fmt_stringer_callback.go:61:30:     from m (interface-converted) at ./fmt_stringer_callback.go:62:13
./fmt_stringer_callback.go:61:30:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:62:13
./fmt_stringer_callback.go:61:30:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:61:30:     from ... argument (spill) at ./fmt_stringer_callback.go:62:13
./fmt_stringer_callback.go:61:30:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_callback.go:62:13
./fmt_stringer_callback.go:59:14: s escapes to heap:
./fmt_stringer_callback.go:59:14:   flow: {storage for ... argument} = &{storage for s}:
./fmt_stringer_callback.go:59:14:     from s (spill) at ./fmt_stringer_callback.go:59:14
./fmt_stringer_callback.go:59:14:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:59:14
./fmt_stringer_callback.go:59:14:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:59:14:     from ... argument (spill) at ./fmt_stringer_callback.go:59:14
./fmt_stringer_callback.go:59:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_callback.go:59:14
./fmt_stringer_callback.go:58:61: Alloc{...} escapes to heap:
./fmt_stringer_callback.go:58:61:   flow: {storage for ... argument} = &{storage for Alloc{...}}:
./fmt_stringer_callback.go:58:61:     from Alloc{...} (spill) at ./fmt_stringer_callback.go:58:61
./fmt_stringer_callback.go:58:61:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:58:19
./fmt_stringer_callback.go:58:61:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:58:61:     from ... argument (spill) at ./fmt_stringer_callback.go:58:19
./fmt_stringer_callback.go:58:61:     from fmt.Sprintf("%v|%s|%q", ... argument...) (call parameter) at ./fmt_stringer_callback.go:58:19
./fmt_stringer_callback.go:58:47: Deep(i * 100) escapes to heap:
./fmt_stringer_callback.go:58:47:   flow: {storage for ... argument} = &{storage for Deep(i * 100)}:
./fmt_stringer_callback.go:58:47:     from Deep(i * 100) (spill) at ./fmt_stringer_callback.go:58:47
./fmt_stringer_callback.go:58:47:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:58:19
./fmt_stringer_callback.go:58:47:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:58:47:     from ... argument (spill) at ./fmt_stringer_callback.go:58:19
./fmt_stringer_callback.go:58:47:     from fmt.Sprintf("%v|%s|%q", ... argument...) (call parameter) at ./fmt_stringer_callback.go:58:19
./fmt_stringer_callback.go:58:38: Remote(i) escapes to heap:
./fmt_stringer_callback.go:58:38:   flow: {storage for ... argument} = &{storage for Remote(i)}:
./fmt_stringer_callback.go:58:38:     from Remote(i) (spill) at ./fmt_stringer_callback.go:58:38
./fmt_stringer_callback.go:58:38:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:58:19
./fmt_stringer_callback.go:58:38:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:58:38:     from ... argument (spill) at ./fmt_stringer_callback.go:58:19
./fmt_stringer_callback.go:58:38:     from fmt.Sprintf("%v|%s|%q", ... argument...) (call parameter) at ./fmt_stringer_callback.go:58:19
./fmt_stringer_callback.go:56:13: xs escapes to heap:
./fmt_stringer_callback.go:56:13:   flow: {storage for ... argument} = &{storage for xs}:
./fmt_stringer_callback.go:56:13:     from xs (spill) at ./fmt_stringer_callback.go:56:13
./fmt_stringer_callback.go:56:13:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:56:13
./fmt_stringer_callback.go:56:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:56:13:     from ... argument (spill) at ./fmt_stringer_callback.go:56:13
./fmt_stringer_callback.go:56:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_callback.go:56:13
./fmt_stringer_callback.go:54:41: Remote(7) escapes to heap:
./fmt_stringer_callback.go:54:41:   flow: {storage for ... argument} = &{storage for Remote(7)}:
./fmt_stringer_callback.go:54:41:     from Remote(7) (spill) at ./fmt_stringer_callback.go:54:41
./fmt_stringer_callback.go:54:41:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:54:13
./fmt_stringer_callback.go:54:41:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:54:41:     from ... argument (spill) at ./fmt_stringer_callback.go:54:13
./fmt_stringer_callback.go:54:41:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_callback.go:54:13
./fmt_stringer_callback.go:54:30: Alloc{...} escapes to heap:
./fmt_stringer_callback.go:54:30:   flow: {storage for ... argument} = &{storage for Alloc{...}}:
./fmt_stringer_callback.go:54:30:     from Alloc{...} (spill) at ./fmt_stringer_callback.go:54:30
./fmt_stringer_callback.go:54:30:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:54:13
./fmt_stringer_callback.go:54:30:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:54:30:     from ... argument (spill) at ./fmt_stringer_callback.go:54:13
./fmt_stringer_callback.go:54:30:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_callback.go:54:13
./fmt_stringer_callback.go:54:18: Deep(300) escapes to heap:
./fmt_stringer_callback.go:54:18:   flow: {storage for ... argument} = &{storage for Deep(300)}:
./fmt_stringer_callback.go:54:18:     from Deep(300) (spill) at ./fmt_stringer_callback.go:54:18
./fmt_stringer_callback.go:54:18:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:54:13
./fmt_stringer_callback.go:54:18:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:54:18:     from ... argument (spill) at ./fmt_stringer_callback.go:54:13
./fmt_stringer_callback.go:54:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_callback.go:54:13
./fmt_stringer_callback.go:51:39: x * x escapes to heap:
./fmt_stringer_callback.go:51:39:   flow: {storage for ... argument} = &{storage for x * x}:
./fmt_stringer_callback.go:51:39:     from x * x (spill) at ./fmt_stringer_callback.go:51:39
./fmt_stringer_callback.go:51:39:     from ... argument (slice-literal-element) at ./fmt_stringer_callback.go:51:25
./fmt_stringer_callback.go:51:39:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_callback.go:51:39:     from ... argument (spill) at ./fmt_stringer_callback.go:51:25
./fmt_stringer_callback.go:51:39:     from fmt.Sprintf("remote%d", ... argument...) (call parameter) at ./fmt_stringer_callback.go:51:25
./fmt_stringer_callback.go:55:22: []fmt.Stringer{...} escapes to heap:
./fmt_stringer_callback.go:55:22:   flow: xs = &{storage for []fmt.Stringer{...}}:
./fmt_stringer_callback.go:55:22:     from []fmt.Stringer{...} (spill) at ./fmt_stringer_callback.go:55:22
./fmt_stringer_callback.go:55:22:     from xs := []fmt.Stringer{...} (assign) at ./fmt_stringer_callback.go:55:5
./fmt_stringer_callback.go:55:22:   flow: {storage for xs} = xs:
./fmt_stringer_callback.go:55:22:     from xs (interface-converted) at ./fmt_stringer_callback.go:56:13
./fmt_stringer_callback.go:55:60: Nested{...} escapes to heap:
./fmt_stringer_callback.go:55:60:   flow: {storage for []fmt.Stringer{...}} = &{storage for Nested{...}}:
./fmt_stringer_callback.go:55:60:     from Nested{...} (spill) at ./fmt_stringer_callback.go:55:60
./fmt_stringer_callback.go:55:60:     from []fmt.Stringer{...} (slice-literal-element) at ./fmt_stringer_callback.go:55:22
./fmt_stringer_callback.go:55:49: Remote(3) escapes to heap:
./fmt_stringer_callback.go:55:49:   flow: {storage for []fmt.Stringer{...}} = &{storage for Remote(3)}:
./fmt_stringer_callback.go:55:49:     from Remote(3) (spill) at ./fmt_stringer_callback.go:55:49
./fmt_stringer_callback.go:55:49:     from []fmt.Stringer{...} (slice-literal-element) at ./fmt_stringer_callback.go:55:22
./fmt_stringer_callback.go:55:38: Alloc{...} escapes to heap:
./fmt_stringer_callback.go:55:38:   flow: {storage for []fmt.Stringer{...}} = &{storage for Alloc{...}}:
./fmt_stringer_callback.go:55:38:     from Alloc{...} (spill) at ./fmt_stringer_callback.go:55:38
./fmt_stringer_callback.go:55:38:     from []fmt.Stringer{...} (slice-literal-element) at ./fmt_stringer_callback.go:55:22
./fmt_stringer_callback.go:55:27: Deep(10) escapes to heap:
./fmt_stringer_callback.go:55:27:   flow: {storage for []fmt.Stringer{...}} = &{storage for Deep(10)}:
./fmt_stringer_callback.go:55:27:     from Deep(10) (spill) at ./fmt_stringer_callback.go:55:27
./fmt_stringer_callback.go:55:27:     from []fmt.Stringer{...} (slice-literal-element) at ./fmt_stringer_callback.go:55:22
./fmt_stringer_callback.go:49:5: func literal escapes to heap
./fmt_stringer_callback.go:51:25: ... argument does not escape
./fmt_stringer_callback.go:51:39: x * x escapes to heap
./fmt_stringer_callback.go:54:13: ... argument does not escape
./fmt_stringer_callback.go:54:18: Deep(300) escapes to heap
./fmt_stringer_callback.go:54:30: Alloc{...} escapes to heap
./fmt_stringer_callback.go:54:41: Remote(7) escapes to heap
./fmt_stringer_callback.go:55:22: []fmt.Stringer{...} escapes to heap
./fmt_stringer_callback.go:55:27: Deep(10) escapes to heap
./fmt_stringer_callback.go:55:38: Alloc{...} escapes to heap
./fmt_stringer_callback.go:55:49: Remote(3) escapes to heap
./fmt_stringer_callback.go:55:60: Nested{...} escapes to heap
./fmt_stringer_callback.go:56:13: ... argument does not escape
./fmt_stringer_callback.go:56:13: xs escapes to heap
./fmt_stringer_callback.go:58:19: ... argument does not escape
./fmt_stringer_callback.go:58:38: Remote(i) escapes to heap
./fmt_stringer_callback.go:58:47: Deep(i * 100) escapes to heap
./fmt_stringer_callback.go:58:61: Alloc{...} escapes to heap
./fmt_stringer_callback.go:59:14: ... argument does not escape
./fmt_stringer_callback.go:59:14: s escapes to heap
./fmt_stringer_callback.go:61:30: map[string]fmt.Stringer{...} escapes to heap
./fmt_stringer_callback.go:61:34: Remote(1) escapes to heap
./fmt_stringer_callback.go:61:50: Deep(20) escapes to heap
./fmt_stringer_callback.go:62:13: ... argument does not escape
