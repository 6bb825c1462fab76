./fmt_println_composites.go:28:13: m escapes to heap:
./fmt_println_composites.go:28:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_println_composites.go:28:13:     from m (spill) at ./fmt_println_composites.go:28:13
./fmt_println_composites.go:28:13:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:28:13
./fmt_println_composites.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:28:13:     from ... argument (spill) at ./fmt_println_composites.go:28:13
./fmt_println_composites.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_composites.go:28:13
./fmt_println_composites.go:27:23: "\n" escapes to heap:
./fmt_println_composites.go:27:23:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_println_composites.go:27:23:     from "\n" (spill) at ./fmt_println_composites.go:27:23
./fmt_println_composites.go:27:23:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:27:19
./fmt_println_composites.go:27:23:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:27:23:     from ... argument (spill) at ./fmt_println_composites.go:27:19
./fmt_println_composites.go:27:23:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:27:19
./fmt_println_composites.go:27:19: t escapes to heap:
./fmt_println_composites.go:27:19:   flow: {storage for ... argument} = &{storage for t}:
./fmt_println_composites.go:27:19:     from t (spill) at ./fmt_println_composites.go:27:19
./fmt_println_composites.go:27:19:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:27:19
./fmt_println_composites.go:27:19:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:27:19:     from ... argument (spill) at ./fmt_println_composites.go:27:19
./fmt_println_composites.go:27:19:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:27:19
./fmt_println_composites.go:26:13: n escapes to heap:
./fmt_println_composites.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_println_composites.go:26:13:     from n (spill) at ./fmt_println_composites.go:26:13
./fmt_println_composites.go:26:13:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:26:13
./fmt_println_composites.go:26:13:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:26:13:     from ... argument (spill) at ./fmt_println_composites.go:26:13
./fmt_println_composites.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_composites.go:26:13
./fmt_println_composites.go:25:27: []int{...} escapes to heap:
./fmt_println_composites.go:25:27:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_println_composites.go:25:27:     from []int{...} (spill) at ./fmt_println_composites.go:25:27
./fmt_println_composites.go:25:27:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:25:21
./fmt_println_composites.go:25:27:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:25:27:     from ... argument (spill) at ./fmt_println_composites.go:25:21
./fmt_println_composites.go:25:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_composites.go:25:21
./fmt_println_composites.go:24:40: ([]int)(nil) escapes to heap:
./fmt_println_composites.go:24:40:   flow: {storage for ... argument} = &{storage for ([]int)(nil)}:
./fmt_println_composites.go:24:40:     from ([]int)(nil) (spill) at ./fmt_println_composites.go:24:40
./fmt_println_composites.go:24:40:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:24:25
./fmt_println_composites.go:24:40:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:24:40:     from ... argument (spill) at ./fmt_println_composites.go:24:25
./fmt_println_composites.go:24:40:     from fmt.Sprintf("%v|%v", ... argument...) (call parameter) at ./fmt_println_composites.go:24:25
./fmt_println_composites.go:24:25: fmt.Sprintf("%v|%v", ... argument...) escapes to heap:
./fmt_println_composites.go:24:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%v|%v", ... argument...)}:
./fmt_println_composites.go:24:25:     from fmt.Sprintf("%v|%v", ... argument...) (spill) at ./fmt_println_composites.go:24:25
./fmt_println_composites.go:24:25:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:24:13
./fmt_println_composites.go:24:25:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:24:25:     from ... argument (spill) at ./fmt_println_composites.go:24:13
./fmt_println_composites.go:24:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_composites.go:24:13
./fmt_println_composites.go:23:26: []interface2{...} escapes to heap:
./fmt_println_composites.go:23:26:   flow: {storage for ... argument} = &{storage for []interface2{...}}:
./fmt_println_composites.go:23:26:     from []interface2{...} (spill) at ./fmt_println_composites.go:23:26
./fmt_println_composites.go:23:26:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:23:13
./fmt_println_composites.go:23:26:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:23:26:     from ... argument (spill) at ./fmt_println_composites.go:23:13
./fmt_println_composites.go:23:26:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_composites.go:23:13
./fmt_println_composites.go:22:42: "b" escapes to heap:
./fmt_println_composites.go:22:42:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_println_composites.go:22:42:     from "b" (spill) at ./fmt_println_composites.go:22:42
./fmt_println_composites.go:22:42:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:22:26
./fmt_println_composites.go:22:42:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:22:42:     from ... argument (spill) at ./fmt_println_composites.go:22:26
./fmt_println_composites.go:22:42:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_println_composites.go:22:26
./fmt_println_composites.go:22:35: []string{...} escapes to heap:
./fmt_println_composites.go:22:35:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_println_composites.go:22:35:     from []string{...} (spill) at ./fmt_println_composites.go:22:35
./fmt_println_composites.go:22:35:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:22:26
./fmt_println_composites.go:22:35:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:22:35:     from ... argument (spill) at ./fmt_println_composites.go:22:26
./fmt_println_composites.go:22:35:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_println_composites.go:22:26
./fmt_println_composites.go:22:47: fmt.Sprintln(... argument...) == "[a] b\n" escapes to heap:
./fmt_println_composites.go:22:47:   flow: {storage for ... argument} = &{storage for fmt.Sprintln(... argument...) == "[a] b\n"}:
./fmt_println_composites.go:22:47:     from fmt.Sprintln(... argument...) == "[a] b\n" (spill) at ./fmt_println_composites.go:22:47
./fmt_println_composites.go:22:47:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:22:13
./fmt_println_composites.go:22:47:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:22:47:     from ... argument (spill) at ./fmt_println_composites.go:22:13
./fmt_println_composites.go:22:47:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_composites.go:22:13
./fmt_println_composites.go:21:13: s escapes to heap:
./fmt_println_composites.go:21:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_println_composites.go:21:13:     from s (spill) at ./fmt_println_composites.go:21:13
./fmt_println_composites.go:21:13:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:21:13
./fmt_println_composites.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:21:13:     from ... argument (spill) at ./fmt_println_composites.go:21:13
./fmt_println_composites.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_composites.go:21:13
./fmt_println_composites.go:20:39: "y" escapes to heap:
./fmt_println_composites.go:20:39:   flow: {storage for ... argument} = &{storage for "y"}:
./fmt_println_composites.go:20:39:     from "y" (spill) at ./fmt_println_composites.go:20:39
./fmt_println_composites.go:20:39:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:39:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:20:39:     from ... argument (spill) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:39:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:34: []int{...} escapes to heap:
./fmt_println_composites.go:20:34:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_println_composites.go:20:34:     from []int{...} (spill) at ./fmt_println_composites.go:20:34
./fmt_println_composites.go:20:34:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:34:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:20:34:     from ... argument (spill) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:34:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:26: 2 escapes to heap:
./fmt_println_composites.go:20:26:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_println_composites.go:20:26:     from 2 (spill) at ./fmt_println_composites.go:20:26
./fmt_println_composites.go:20:26:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:26:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:20:26:     from ... argument (spill) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:26:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:23: 1 escapes to heap:
./fmt_println_composites.go:20:23:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_println_composites.go:20:23:     from 1 (spill) at ./fmt_println_composites.go:20:23
./fmt_println_composites.go:20:23:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:23:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:20:23:     from ... argument (spill) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:23:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:18: "x" escapes to heap:
./fmt_println_composites.go:20:18:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_println_composites.go:20:18:     from "x" (spill) at ./fmt_println_composites.go:20:18
./fmt_println_composites.go:20:18:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:18:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:20:18:     from ... argument (spill) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:20:18:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_println_composites.go:20:17
./fmt_println_composites.go:19:37: "\n" escapes to heap:
./fmt_println_composites.go:19:37:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_println_composites.go:19:37:     from "\n" (spill) at ./fmt_println_composites.go:19:37
./fmt_println_composites.go:19:37:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:19:11
./fmt_println_composites.go:19:37:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:19:37:     from ... argument (spill) at ./fmt_println_composites.go:19:11
./fmt_println_composites.go:19:37:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:19:11
./fmt_println_composites.go:19:33: map[int]int{} escapes to heap:
./fmt_println_composites.go:19:33:   flow: {storage for ... argument} = &{storage for map[int]int{}}:
./fmt_println_composites.go:19:33:     from map[int]int{} (spill) at ./fmt_println_composites.go:19:33
./fmt_println_composites.go:19:33:     from map[int]int{} (interface-converted) at ./fmt_println_composites.go:19:33
./fmt_println_composites.go:19:33:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:19:11
./fmt_println_composites.go:19:33:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:19:33:     from ... argument (spill) at ./fmt_println_composites.go:19:11
./fmt_println_composites.go:19:33:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:19:11
./fmt_println_composites.go:19:18: [2]int{} escapes to heap:
./fmt_println_composites.go:19:18:   flow: {storage for ... argument} = &{storage for [2]int{}}:
./fmt_println_composites.go:19:18:     from [2]int{} (spill) at ./fmt_println_composites.go:19:18
./fmt_println_composites.go:19:18:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:19:11
./fmt_println_composites.go:19:18:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:19:18:     from ... argument (spill) at ./fmt_println_composites.go:19:11
./fmt_println_composites.go:19:18:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:19:11
./fmt_println_composites.go:18:52: "\n" escapes to heap:
./fmt_println_composites.go:18:52:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_println_composites.go:18:52:     from "\n" (spill) at ./fmt_println_composites.go:18:52
./fmt_println_composites.go:18:52:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:52:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:18:52:     from ... argument (spill) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:52:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:47: []int{...} escapes to heap:
./fmt_println_composites.go:18:47:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_println_composites.go:18:47:     from []int{...} (spill) at ./fmt_println_composites.go:18:47
./fmt_println_composites.go:18:47:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:47:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:18:47:     from ... argument (spill) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:47:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:37: []int{...} escapes to heap:
./fmt_println_composites.go:18:37:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_println_composites.go:18:37:     from []int{...} (spill) at ./fmt_println_composites.go:18:37
./fmt_println_composites.go:18:37:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:37:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:18:37:     from ... argument (spill) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:37:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:27: "b" escapes to heap:
./fmt_println_composites.go:18:27:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_println_composites.go:18:27:     from "b" (spill) at ./fmt_println_composites.go:18:27
./fmt_println_composites.go:18:27:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:27:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:18:27:     from ... argument (spill) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:27:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:22: []int{...} escapes to heap:
./fmt_println_composites.go:18:22:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_println_composites.go:18:22:     from []int{...} (spill) at ./fmt_println_composites.go:18:22
./fmt_println_composites.go:18:22:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:22:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:18:22:     from ... argument (spill) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:22:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:12: "a" escapes to heap:
./fmt_println_composites.go:18:12:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_println_composites.go:18:12:     from "a" (spill) at ./fmt_println_composites.go:18:12
./fmt_println_composites.go:18:12:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:12:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:18:12:     from ... argument (spill) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:18:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:18:11
./fmt_println_composites.go:17:18: "\n" escapes to heap:
./fmt_println_composites.go:17:18:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_println_composites.go:17:18:     from "\n" (spill) at ./fmt_println_composites.go:17:18
./fmt_println_composites.go:17:18:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:17:18:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:17:18:     from ... argument (spill) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:17:18:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:17:11: t escapes to heap:
./fmt_println_composites.go:17:11:   flow: {storage for ... argument} = &{storage for t}:
./fmt_println_composites.go:17:11:     from t (spill) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:17:11:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:17:11:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:17:11:     from ... argument (spill) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:17:11:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:17:11: t escapes to heap:
./fmt_println_composites.go:17:11:   flow: {storage for ... argument} = &{storage for t}:
./fmt_println_composites.go:17:11:     from t (spill) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:17:11:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:17:11:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:17:11:     from ... argument (spill) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:17:11:     from fmt.Print(... argument...) (call parameter) at ./fmt_println_composites.go:17:11
./fmt_println_composites.go:15:2: t escapes to heap:
./fmt_println_composites.go:15:2:   flow: {storage for ... argument} = &t:
./fmt_println_composites.go:15:2:     from &t (address-of) at ./fmt_println_composites.go:16:25
./fmt_println_composites.go:15:2:     from &t (interface-converted) at ./fmt_println_composites.go:16:25
./fmt_println_composites.go:15:2:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:16:13
./fmt_println_composites.go:15:2:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:15:2:     from ... argument (spill) at ./fmt_println_composites.go:16:13
./fmt_println_composites.go:15:2:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_composites.go:16:13
./fmt_println_composites.go:16:20: []T{...} escapes to heap:
./fmt_println_composites.go:16:20:   flow: {storage for ... argument} = &{storage for []T{...}}:
./fmt_println_composites.go:16:20:     from []T{...} (spill) at ./fmt_println_composites.go:16:20
./fmt_println_composites.go:16:20:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:16:13
./fmt_println_composites.go:16:20:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:16:20:     from ... argument (spill) at ./fmt_println_composites.go:16:13
./fmt_println_composites.go:16:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_composites.go:16:13
./fmt_println_composites.go:16:13: t escapes to heap:
./fmt_println_composites.go:16:13:   flow: {storage for ... argument} = &{storage for t}:
./fmt_println_composites.go:16:13:     from t (spill) at ./fmt_println_composites.go:16:13
./fmt_println_composites.go:16:13:     from ... argument (slice-literal-element) at ./fmt_println_composites.go:16:13
./fmt_println_composites.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_println_composites.go:16:13:     from ... argument (spill) at ./fmt_println_composites.go:16:13
./fmt_println_composites.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_composites.go:16:13
./fmt_println_composites.go:25:27: []int{...} escapes to heap:
./fmt_println_composites.go:25:27:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_println_composites.go:25:27:     from []int{...} (spill) at ./fmt_println_composites.go:25:27
./fmt_println_composites.go:25:27:     from []int{...} (interface-converted) at ./fmt_println_composites.go:25:27
./fmt_println_composites.go:23:26: []interface2{...} escapes to heap:
./fmt_println_composites.go:23:26:   flow: {storage for []interface2{...}} = &{storage for []interface2{...}}:
./fmt_println_composites.go:23:26:     from []interface2{...} (spill) at ./fmt_println_composites.go:23:26
./fmt_println_composites.go:23:26:     from []interface2{...} (interface-converted) at ./fmt_println_composites.go:23:26
./fmt_println_composites.go:22:35: []string{...} escapes to heap:
./fmt_println_composites.go:22:35:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_println_composites.go:22:35:     from []string{...} (spill) at ./fmt_println_composites.go:22:35
./fmt_println_composites.go:22:35:     from []string{...} (interface-converted) at ./fmt_println_composites.go:22:35
./fmt_println_composites.go:20:34: []int{...} escapes to heap:
./fmt_println_composites.go:20:34:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_println_composites.go:20:34:     from []int{...} (spill) at ./fmt_println_composites.go:20:34
./fmt_println_composites.go:20:34:     from []int{...} (interface-converted) at ./fmt_println_composites.go:20:34
./fmt_println_composites.go:18:47: []int{...} escapes to heap:
./fmt_println_composites.go:18:47:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_println_composites.go:18:47:     from []int{...} (spill) at ./fmt_println_composites.go:18:47
./fmt_println_composites.go:18:47:     from []int{...} (interface-converted) at ./fmt_println_composites.go:18:47
./fmt_println_composites.go:18:37: []int{...} escapes to heap:
./fmt_println_composites.go:18:37:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_println_composites.go:18:37:     from []int{...} (spill) at ./fmt_println_composites.go:18:37
./fmt_println_composites.go:18:37:     from []int{...} (interface-converted) at ./fmt_println_composites.go:18:37
./fmt_println_composites.go:18:22: []int{...} escapes to heap:
./fmt_println_composites.go:18:22:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_println_composites.go:18:22:     from []int{...} (spill) at ./fmt_println_composites.go:18:22
./fmt_println_composites.go:18:22:     from []int{...} (interface-converted) at ./fmt_println_composites.go:18:22
./fmt_println_composites.go:16:20: []T{...} escapes to heap:
./fmt_println_composites.go:16:20:   flow: {storage for []T{...}} = &{storage for []T{...}}:
./fmt_println_composites.go:16:20:     from []T{...} (spill) at ./fmt_println_composites.go:16:20
./fmt_println_composites.go:16:20:     from []T{...} (interface-converted) at ./fmt_println_composites.go:16:20
./fmt_println_composites.go:15:41: map[string]int{...} escapes to heap:
./fmt_println_composites.go:15:41:   flow: t = &{storage for map[string]int{...}}:
./fmt_println_composites.go:15:41:     from map[string]int{...} (spill) at ./fmt_println_composites.go:15:41
./fmt_println_composites.go:15:41:     from T{...} (struct literal element) at ./fmt_println_composites.go:15:8
./fmt_println_composites.go:15:41:     from t := T{...} (assign) at ./fmt_println_composites.go:15:4
./fmt_println_composites.go:15:20: []string{...} escapes to heap:
./fmt_println_composites.go:15:20:   flow: t = &{storage for []string{...}}:
./fmt_println_composites.go:15:20:     from []string{...} (spill) at ./fmt_println_composites.go:15:20
./fmt_println_composites.go:15:20:     from T{...} (struct literal element) at ./fmt_println_composites.go:15:8
./fmt_println_composites.go:15:20:     from t := T{...} (assign) at ./fmt_println_composites.go:15:4
./fmt_println_composites.go:15:2: moved to heap: t
./fmt_println_composites.go:15:20: []string{...} escapes to heap
./fmt_println_composites.go:15:41: map[string]int{...} escapes to heap
./fmt_println_composites.go:16:13: ... argument does not escape
./fmt_println_composites.go:16:13: t escapes to heap
./fmt_println_composites.go:16:20: []T{...} escapes to heap
./fmt_println_composites.go:16:20: []T{...} escapes to heap
./fmt_println_composites.go:17:11: ... argument does not escape
./fmt_println_composites.go:17:11: t escapes to heap
./fmt_println_composites.go:17:11: t escapes to heap
./fmt_println_composites.go:17:18: "\n" escapes to heap
./fmt_println_composites.go:18:11: ... argument does not escape
./fmt_println_composites.go:18:12: "a" escapes to heap
./fmt_println_composites.go:18:22: []int{...} escapes to heap
./fmt_println_composites.go:18:22: []int{...} escapes to heap
./fmt_println_composites.go:18:27: "b" escapes to heap
./fmt_println_composites.go:18:37: []int{...} escapes to heap
./fmt_println_composites.go:18:37: []int{...} escapes to heap
./fmt_println_composites.go:18:47: []int{...} escapes to heap
./fmt_println_composites.go:18:47: []int{...} escapes to heap
./fmt_println_composites.go:18:52: "\n" escapes to heap
./fmt_println_composites.go:19:11: ... argument does not escape
./fmt_println_composites.go:19:18: [2]int{} escapes to heap
./fmt_println_composites.go:19:33: map[int]int{} escapes to heap
./fmt_println_composites.go:19:37: "\n" escapes to heap
./fmt_println_composites.go:20:17: ... argument does not escape
./fmt_println_composites.go:20:18: "x" escapes to heap
./fmt_println_composites.go:20:23: 1 escapes to heap
./fmt_println_composites.go:20:26: 2 escapes to heap
./fmt_println_composites.go:20:34: []int{...} escapes to heap
./fmt_println_composites.go:20:34: []int{...} escapes to heap
./fmt_println_composites.go:20:39: "y" escapes to heap
./fmt_println_composites.go:21:13: ... argument does not escape
./fmt_println_composites.go:21:13: s escapes to heap
./fmt_println_composites.go:22:13: ... argument does not escape
./fmt_println_composites.go:22:47: fmt.Sprintln(... argument...) == "[a] b\n" escapes to heap
./fmt_println_composites.go:22:26: ... argument does not escape
./fmt_println_composites.go:22:35: []string{...} escapes to heap
./fmt_println_composites.go:22:35: []string{...} escapes to heap
./fmt_println_composites.go:22:42: "b" escapes to heap
./fmt_println_composites.go:23:13: ... argument does not escape
./fmt_println_composites.go:23:26: []interface2{...} escapes to heap
./fmt_println_composites.go:23:26: []interface2{...} escapes to heap
./fmt_println_composites.go:24:13: ... argument does not escape
./fmt_println_composites.go:24:25: fmt.Sprintf("%v|%v", ... argument...) escapes to heap
./fmt_println_composites.go:24:25: ... argument does not escape
./fmt_println_composites.go:24:40: ([]int)(nil) escapes to heap
./fmt_println_composites.go:25:21: ... argument does not escape
./fmt_println_composites.go:25:27: []int{...} escapes to heap
./fmt_println_composites.go:25:27: []int{...} escapes to heap
./fmt_println_composites.go:26:13: ... argument does not escape
./fmt_println_composites.go:26:13: n escapes to heap
./fmt_println_composites.go:27:19: ... argument does not escape
./fmt_println_composites.go:27:19: t escapes to heap
./fmt_println_composites.go:27:23: "\n" escapes to heap
./fmt_println_composites.go:28:13: ... argument does not escape
./fmt_println_composites.go:28:13: m escapes to heap
