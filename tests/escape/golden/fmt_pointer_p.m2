./fmt_pointer_p.go:10:16: s does not escape
./fmt_pointer_p.go:10:19: p does not escape
./fmt_pointer_p.go:52:32: 5 escapes to heap:
./fmt_pointer_p.go:52:32:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_pointer_p.go:52:32:     from 5 (spill) at ./fmt_pointer_p.go:52:32
./fmt_pointer_p.go:52:32:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:52:25
./fmt_pointer_p.go:52:32:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:52:32:     from ... argument (spill) at ./fmt_pointer_p.go:52:25
./fmt_pointer_p.go:52:32:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:52:25
./fmt_pointer_p.go:52:25: fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:52:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:52:25:     from fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:52:25
./fmt_pointer_p.go:52:25:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:52:13
./fmt_pointer_p.go:52:25:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:52:25:     from ... argument (spill) at ./fmt_pointer_p.go:52:13
./fmt_pointer_p.go:52:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:52:13
./fmt_pointer_p.go:15:2: x escapes to heap:
./fmt_pointer_p.go:15:2:   flow: p = &x:
./fmt_pointer_p.go:15:2:     from &x (address-of) at ./fmt_pointer_p.go:16:7
./fmt_pointer_p.go:15:2:     from p := &x (assign) at ./fmt_pointer_p.go:16:4
./fmt_pointer_p.go:15:2:   flow: {storage for ... argument} = p:
./fmt_pointer_p.go:15:2:     from p (interface-converted) at ./fmt_pointer_p.go:51:26
./fmt_pointer_p.go:15:2:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:51:25
./fmt_pointer_p.go:15:2:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:15:2:     from ... argument (spill) at ./fmt_pointer_p.go:51:25
./fmt_pointer_p.go:15:2:     from fmt.Sprintf("%v", ... argument...) (call parameter) at ./fmt_pointer_p.go:51:25
./fmt_pointer_p.go:51:35: fmt.Sprintf("%v", ... argument...) == s1 escapes to heap:
./fmt_pointer_p.go:51:35:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%v", ... argument...) == s1}:
./fmt_pointer_p.go:51:35:     from fmt.Sprintf("%v", ... argument...) == s1 (spill) at ./fmt_pointer_p.go:51:35
./fmt_pointer_p.go:51:35:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:51:13
./fmt_pointer_p.go:51:35:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:51:35:     from ... argument (spill) at ./fmt_pointer_p.go:51:13
./fmt_pointer_p.go:51:35:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:51:13
./fmt_pointer_p.go:48:25: fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:48:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:48:25:     from fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:48:25
./fmt_pointer_p.go:48:25:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:48:13
./fmt_pointer_p.go:48:25:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:48:25:     from ... argument (spill) at ./fmt_pointer_p.go:48:13
./fmt_pointer_p.go:48:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:48:13
./fmt_pointer_p.go:45:7: func literal escapes to heap:
./fmt_pointer_p.go:45:7:   flow: f = &{storage for func literal}:
./fmt_pointer_p.go:45:7:     from func literal (spill) at ./fmt_pointer_p.go:45:7
./fmt_pointer_p.go:45:7:     from f := func literal (assign) at ./fmt_pointer_p.go:45:4
./fmt_pointer_p.go:45:7:   flow: {storage for ... argument} = f:
./fmt_pointer_p.go:45:7:     from f (interface-converted) at ./fmt_pointer_p.go:46:36
./fmt_pointer_p.go:45:7:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:46:35
./fmt_pointer_p.go:45:7:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:45:7:     from ... argument (spill) at ./fmt_pointer_p.go:46:35
./fmt_pointer_p.go:45:7:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:46:35
./fmt_pointer_p.go:46:23: hasPrefix(fmt.Sprintf("%p", ... argument...), "0x") escapes to heap:
./fmt_pointer_p.go:46:23:   flow: {storage for ... argument} = &{storage for hasPrefix(fmt.Sprintf("%p", ... argument...), "0x")}:
./fmt_pointer_p.go:46:23:     from hasPrefix(fmt.Sprintf("%p", ... argument...), "0x") (spill) at ./fmt_pointer_p.go:46:23
./fmt_pointer_p.go:46:23:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:46:13
./fmt_pointer_p.go:46:23:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:46:23:     from ... argument (spill) at ./fmt_pointer_p.go:46:13
./fmt_pointer_p.go:46:23:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:46:13
./fmt_pointer_p.go:43:25: fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:43:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:43:25:     from fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:43:25
./fmt_pointer_p.go:43:25:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:43:13
./fmt_pointer_p.go:43:25:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:43:25:     from ... argument (spill) at ./fmt_pointer_p.go:43:13
./fmt_pointer_p.go:43:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:43:13
./fmt_pointer_p.go:39:21: map[string]int{} escapes to heap:
./fmt_pointer_p.go:39:21:   flow: m = &{storage for map[string]int{}}:
./fmt_pointer_p.go:39:21:     from map[string]int{} (spill) at ./fmt_pointer_p.go:39:21
./fmt_pointer_p.go:39:21:     from m := map[string]int{} (assign) at ./fmt_pointer_p.go:39:4
./fmt_pointer_p.go:39:21:   flow: {storage for ... argument} = m:
./fmt_pointer_p.go:39:21:     from m (interface-converted) at ./fmt_pointer_p.go:41:83
./fmt_pointer_p.go:39:21:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:41:82
./fmt_pointer_p.go:39:21:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:39:21:     from ... argument (spill) at ./fmt_pointer_p.go:41:82
./fmt_pointer_p.go:39:21:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:41:82
./fmt_pointer_p.go:41:70: hasPrefix(fmt.Sprintf("%p", ... argument...), "0x") escapes to heap:
./fmt_pointer_p.go:41:70:   flow: {storage for ... argument} = &{storage for hasPrefix(fmt.Sprintf("%p", ... argument...), "0x")}:
./fmt_pointer_p.go:41:70:     from hasPrefix(fmt.Sprintf("%p", ... argument...), "0x") (spill) at ./fmt_pointer_p.go:41:70
./fmt_pointer_p.go:41:70:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:41:13
./fmt_pointer_p.go:41:70:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:41:70:     from ... argument (spill) at ./fmt_pointer_p.go:41:13
./fmt_pointer_p.go:41:70:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:41:13
./fmt_pointer_p.go:41:35: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:41:35:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:41:35:     from fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:41:35
./fmt_pointer_p.go:41:35:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:41:13
./fmt_pointer_p.go:41:35:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:41:35:     from ... argument (spill) at ./fmt_pointer_p.go:41:13
./fmt_pointer_p.go:41:35:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:41:13
./fmt_pointer_p.go:37:26: nilSlice escapes to heap:
./fmt_pointer_p.go:37:26:   flow: {storage for ... argument} = &{storage for nilSlice}:
./fmt_pointer_p.go:37:26:     from nilSlice (spill) at ./fmt_pointer_p.go:37:26
./fmt_pointer_p.go:37:26:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:37:25
./fmt_pointer_p.go:37:26:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:37:26:     from ... argument (spill) at ./fmt_pointer_p.go:37:25
./fmt_pointer_p.go:37:26:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:37:25
./fmt_pointer_p.go:37:25: fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:37:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:37:25:     from fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:37:25
./fmt_pointer_p.go:37:25:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:37:13
./fmt_pointer_p.go:37:25:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:37:25:     from ... argument (spill) at ./fmt_pointer_p.go:37:13
./fmt_pointer_p.go:37:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:37:13
./fmt_pointer_p.go:35:55: sl escapes to heap:
./fmt_pointer_p.go:35:55:   flow: {storage for ... argument} = &{storage for sl}:
./fmt_pointer_p.go:35:55:     from sl (spill) at ./fmt_pointer_p.go:35:55
./fmt_pointer_p.go:35:55:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:35:54
./fmt_pointer_p.go:35:55:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:35:55:     from ... argument (spill) at ./fmt_pointer_p.go:35:54
./fmt_pointer_p.go:35:55:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:35:54
./fmt_pointer_p.go:35:34: sl[1:] escapes to heap:
./fmt_pointer_p.go:35:34:   flow: {storage for ... argument} = &{storage for sl[1:]}:
./fmt_pointer_p.go:35:34:     from sl[1:] (spill) at ./fmt_pointer_p.go:35:34
./fmt_pointer_p.go:35:34:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:35:25
./fmt_pointer_p.go:35:34:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:35:34:     from ... argument (spill) at ./fmt_pointer_p.go:35:25
./fmt_pointer_p.go:35:34:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:35:25
./fmt_pointer_p.go:35:40: fmt.Sprintf("%p", ... argument...) != fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:35:40:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...) != fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:35:40:     from fmt.Sprintf("%p", ... argument...) != fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:35:40
./fmt_pointer_p.go:35:40:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:35:13
./fmt_pointer_p.go:35:40:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:35:40:     from ... argument (spill) at ./fmt_pointer_p.go:35:13
./fmt_pointer_p.go:35:40:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:35:13
./fmt_pointer_p.go:31:13: []int{...} escapes to heap:
./fmt_pointer_p.go:31:13:   flow: sl = &{storage for []int{...}}:
./fmt_pointer_p.go:31:13:     from []int{...} (spill) at ./fmt_pointer_p.go:31:13
./fmt_pointer_p.go:31:13:     from sl := []int{...} (assign) at ./fmt_pointer_p.go:31:5
./fmt_pointer_p.go:31:13:   flow: {storage for ... argument} = sl:
./fmt_pointer_p.go:31:13:     from sl[0] (dot of pointer) at ./fmt_pointer_p.go:34:60
./fmt_pointer_p.go:31:13:     from &sl[0] (address-of) at ./fmt_pointer_p.go:34:57
./fmt_pointer_p.go:31:13:     from &sl[0] (interface-converted) at ./fmt_pointer_p.go:34:57
./fmt_pointer_p.go:31:13:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:34:50
./fmt_pointer_p.go:31:13:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:31:13:     from ... argument (spill) at ./fmt_pointer_p.go:34:50
./fmt_pointer_p.go:31:13:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:34:50
./fmt_pointer_p.go:34:26: sl escapes to heap:
./fmt_pointer_p.go:34:26:   flow: {storage for ... argument} = &{storage for sl}:
./fmt_pointer_p.go:34:26:     from sl (spill) at ./fmt_pointer_p.go:34:26
./fmt_pointer_p.go:34:26:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:34:25
./fmt_pointer_p.go:34:26:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:34:26:     from ... argument (spill) at ./fmt_pointer_p.go:34:25
./fmt_pointer_p.go:34:26:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:34:25
./fmt_pointer_p.go:34:36: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:34:36:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:34:36:     from fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:34:36
./fmt_pointer_p.go:34:36:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:34:13
./fmt_pointer_p.go:34:36:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:34:36:     from ... argument (spill) at ./fmt_pointer_p.go:34:13
./fmt_pointer_p.go:34:36:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:34:13
./fmt_pointer_p.go:33:51: sub escapes to heap:
./fmt_pointer_p.go:33:51:   flow: {storage for ... argument} = &{storage for sub}:
./fmt_pointer_p.go:33:51:     from sub (spill) at ./fmt_pointer_p.go:33:51
./fmt_pointer_p.go:33:51:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:33:50
./fmt_pointer_p.go:33:51:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:33:51:     from ... argument (spill) at ./fmt_pointer_p.go:33:50
./fmt_pointer_p.go:33:51:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:33:50
./fmt_pointer_p.go:33:26: sl escapes to heap:
./fmt_pointer_p.go:33:26:   flow: {storage for ... argument} = &{storage for sl}:
./fmt_pointer_p.go:33:26:     from sl (spill) at ./fmt_pointer_p.go:33:26
./fmt_pointer_p.go:33:26:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:33:25
./fmt_pointer_p.go:33:26:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:33:26:     from ... argument (spill) at ./fmt_pointer_p.go:33:25
./fmt_pointer_p.go:33:26:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:33:25
./fmt_pointer_p.go:33:36: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:33:36:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:33:36:     from fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:33:36
./fmt_pointer_p.go:33:36:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:33:13
./fmt_pointer_p.go:33:36:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:33:36:     from ... argument (spill) at ./fmt_pointer_p.go:33:13
./fmt_pointer_p.go:33:36:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:33:13
./fmt_pointer_p.go:27:7: &T{} escapes to heap:
./fmt_pointer_p.go:27:7:   flow: t = &{storage for &T{}}:
./fmt_pointer_p.go:27:7:     from &T{} (spill) at ./fmt_pointer_p.go:27:7
./fmt_pointer_p.go:27:7:     from t := &T{} (assign) at ./fmt_pointer_p.go:27:4
./fmt_pointer_p.go:27:7:   flow: {storage for ... argument} = t:
./fmt_pointer_p.go:27:7:     from t.B (dot of pointer) at ./fmt_pointer_p.go:29:61
./fmt_pointer_p.go:27:7:     from &t.B (address-of) at ./fmt_pointer_p.go:29:59
./fmt_pointer_p.go:27:7:     from &t.B (interface-converted) at ./fmt_pointer_p.go:29:59
./fmt_pointer_p.go:27:7:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:29:52
./fmt_pointer_p.go:27:7:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:27:7:     from ... argument (spill) at ./fmt_pointer_p.go:29:52
./fmt_pointer_p.go:27:7:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:29:52
./fmt_pointer_p.go:29:38: fmt.Sprintf("%p", ... argument...) != fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:29:38:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...) != fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:29:38:     from fmt.Sprintf("%p", ... argument...) != fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:29:38
./fmt_pointer_p.go:29:38:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:29:13
./fmt_pointer_p.go:29:38:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:29:38:     from ... argument (spill) at ./fmt_pointer_p.go:29:13
./fmt_pointer_p.go:29:38:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:29:13
./fmt_pointer_p.go:28:35: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:28:35:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:28:35:     from fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:28:35
./fmt_pointer_p.go:28:35:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:28:13
./fmt_pointer_p.go:28:35:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:28:35:     from ... argument (spill) at ./fmt_pointer_p.go:28:13
./fmt_pointer_p.go:28:35:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:28:13
./fmt_pointer_p.go:25:25: fmt.Sprintf("%p", ... argument...) escapes to heap:
./fmt_pointer_p.go:25:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...)}:
./fmt_pointer_p.go:25:25:     from fmt.Sprintf("%p", ... argument...) (spill) at ./fmt_pointer_p.go:25:25
./fmt_pointer_p.go:25:25:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:25:13
./fmt_pointer_p.go:25:25:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:25:25:     from ... argument (spill) at ./fmt_pointer_p.go:25:13
./fmt_pointer_p.go:25:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:25:13
./fmt_pointer_p.go:21:2: y escapes to heap:
./fmt_pointer_p.go:21:2:   flow: {storage for ... argument} = &y:
./fmt_pointer_p.go:21:2:     from &y (address-of) at ./fmt_pointer_p.go:22:32
./fmt_pointer_p.go:21:2:     from &y (interface-converted) at ./fmt_pointer_p.go:22:32
./fmt_pointer_p.go:21:2:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:22:25
./fmt_pointer_p.go:21:2:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:21:2:     from ... argument (spill) at ./fmt_pointer_p.go:22:25
./fmt_pointer_p.go:21:2:     from fmt.Sprintf("%p", ... argument...) (call parameter) at ./fmt_pointer_p.go:22:25
./fmt_pointer_p.go:22:36: fmt.Sprintf("%p", ... argument...) != s1 escapes to heap:
./fmt_pointer_p.go:22:36:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%p", ... argument...) != s1}:
./fmt_pointer_p.go:22:36:     from fmt.Sprintf("%p", ... argument...) != s1 (spill) at ./fmt_pointer_p.go:22:36
./fmt_pointer_p.go:22:36:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:22:13
./fmt_pointer_p.go:22:36:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:22:36:     from ... argument (spill) at ./fmt_pointer_p.go:22:13
./fmt_pointer_p.go:22:36:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:22:13
./fmt_pointer_p.go:19:43: hasPrefix(s1, "0x") escapes to heap:
./fmt_pointer_p.go:19:43:   flow: {storage for ... argument} = &{storage for hasPrefix(s1, "0x")}:
./fmt_pointer_p.go:19:43:     from hasPrefix(s1, "0x") (spill) at ./fmt_pointer_p.go:19:43
./fmt_pointer_p.go:19:43:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:19:13
./fmt_pointer_p.go:19:43:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:19:43:     from ... argument (spill) at ./fmt_pointer_p.go:19:13
./fmt_pointer_p.go:19:43:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:19:13
./fmt_pointer_p.go:19:27: s1 == s2 escapes to heap:
./fmt_pointer_p.go:19:27:   flow: {storage for ... argument} = &{storage for s1 == s2}:
./fmt_pointer_p.go:19:27:     from s1 == s2 (spill) at ./fmt_pointer_p.go:19:27
./fmt_pointer_p.go:19:27:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:19:13
./fmt_pointer_p.go:19:27:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:19:27:     from ... argument (spill) at ./fmt_pointer_p.go:19:13
./fmt_pointer_p.go:19:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:19:13
./fmt_pointer_p.go:19:17: s1 != "" escapes to heap:
./fmt_pointer_p.go:19:17:   flow: {storage for ... argument} = &{storage for s1 != ""}:
./fmt_pointer_p.go:19:17:     from s1 != "" (spill) at ./fmt_pointer_p.go:19:17
./fmt_pointer_p.go:19:17:     from ... argument (slice-literal-element) at ./fmt_pointer_p.go:19:13
./fmt_pointer_p.go:19:17:   flow: {heap} = {storage for ... argument}:
./fmt_pointer_p.go:19:17:     from ... argument (spill) at ./fmt_pointer_p.go:19:13
./fmt_pointer_p.go:19:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_pointer_p.go:19:13
./fmt_pointer_p.go:15:2: moved to heap: x
./fmt_pointer_p.go:21:2: moved to heap: y
./fmt_pointer_p.go:17:19: ... argument does not escape
./fmt_pointer_p.go:18:19: ... argument does not escape
./fmt_pointer_p.go:19:13: ... argument does not escape
./fmt_pointer_p.go:19:17: s1 != "" escapes to heap
./fmt_pointer_p.go:19:27: s1 == s2 escapes to heap
./fmt_pointer_p.go:19:43: hasPrefix(s1, "0x") escapes to heap
./fmt_pointer_p.go:22:13: ... argument does not escape
./fmt_pointer_p.go:22:36: fmt.Sprintf("%p", ... argument...) != s1 escapes to heap
./fmt_pointer_p.go:22:25: ... argument does not escape
./fmt_pointer_p.go:25:13: ... argument does not escape
./fmt_pointer_p.go:25:25: fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:25:25: ... argument does not escape
./fmt_pointer_p.go:27:7: &T{} escapes to heap
./fmt_pointer_p.go:28:13: ... argument does not escape
./fmt_pointer_p.go:28:35: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:28:25: ... argument does not escape
./fmt_pointer_p.go:28:49: ... argument does not escape
./fmt_pointer_p.go:29:13: ... argument does not escape
./fmt_pointer_p.go:29:38: fmt.Sprintf("%p", ... argument...) != fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:29:25: ... argument does not escape
./fmt_pointer_p.go:29:52: ... argument does not escape
./fmt_pointer_p.go:31:13: []int{...} escapes to heap
./fmt_pointer_p.go:33:13: ... argument does not escape
./fmt_pointer_p.go:33:36: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:33:25: ... argument does not escape
./fmt_pointer_p.go:33:26: sl escapes to heap
./fmt_pointer_p.go:33:50: ... argument does not escape
./fmt_pointer_p.go:33:51: sub escapes to heap
./fmt_pointer_p.go:34:13: ... argument does not escape
./fmt_pointer_p.go:34:36: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:34:25: ... argument does not escape
./fmt_pointer_p.go:34:26: sl escapes to heap
./fmt_pointer_p.go:34:50: ... argument does not escape
./fmt_pointer_p.go:35:13: ... argument does not escape
./fmt_pointer_p.go:35:40: fmt.Sprintf("%p", ... argument...) != fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:35:25: ... argument does not escape
./fmt_pointer_p.go:35:34: sl[1:] escapes to heap
./fmt_pointer_p.go:35:54: ... argument does not escape
./fmt_pointer_p.go:35:55: sl escapes to heap
./fmt_pointer_p.go:37:13: ... argument does not escape
./fmt_pointer_p.go:37:25: fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:37:25: ... argument does not escape
./fmt_pointer_p.go:37:26: nilSlice escapes to heap
./fmt_pointer_p.go:39:21: map[string]int{} escapes to heap
./fmt_pointer_p.go:41:13: ... argument does not escape
./fmt_pointer_p.go:41:35: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:41:25: ... argument does not escape
./fmt_pointer_p.go:41:49: ... argument does not escape
./fmt_pointer_p.go:41:70: hasPrefix(fmt.Sprintf("%p", ... argument...), "0x") escapes to heap
./fmt_pointer_p.go:41:82: ... argument does not escape
./fmt_pointer_p.go:43:13: ... argument does not escape
./fmt_pointer_p.go:43:25: fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:43:25: ... argument does not escape
./fmt_pointer_p.go:45:7: func literal escapes to heap
./fmt_pointer_p.go:46:13: ... argument does not escape
./fmt_pointer_p.go:46:23: hasPrefix(fmt.Sprintf("%p", ... argument...), "0x") escapes to heap
./fmt_pointer_p.go:46:35: ... argument does not escape
./fmt_pointer_p.go:48:13: ... argument does not escape
./fmt_pointer_p.go:48:25: fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:48:25: ... argument does not escape
./fmt_pointer_p.go:51:13: ... argument does not escape
./fmt_pointer_p.go:51:35: fmt.Sprintf("%v", ... argument...) == s1 escapes to heap
./fmt_pointer_p.go:51:25: ... argument does not escape
./fmt_pointer_p.go:52:13: ... argument does not escape
./fmt_pointer_p.go:52:25: fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:52:25: ... argument does not escape
./fmt_pointer_p.go:52:32: 5 escapes to heap
