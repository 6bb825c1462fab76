./fmt_method_panics.go:10:43: "T:" + t.name escapes to heap:
./fmt_method_panics.go:10:43:   flow: ~r0 = &{storage for "T:" + t.name}:
./fmt_method_panics.go:10:43:     from "T:" + t.name (spill) at ./fmt_method_panics.go:10:43
./fmt_method_panics.go:10:43:     from return "T:" + t.name (return) at ./fmt_method_panics.go:10:31
./fmt_method_panics.go:10:7: t does not escape
./fmt_method_panics.go:10:43: "T:" + t.name escapes to heap
./fmt_method_panics.go:14:42: "E:" + e.msg escapes to heap:
./fmt_method_panics.go:14:42:   flow: ~r0 = &{storage for "E:" + e.msg}:
./fmt_method_panics.go:14:42:     from "E:" + e.msg (spill) at ./fmt_method_panics.go:14:42
./fmt_method_panics.go:14:42:     from return "E:" + e.msg (return) at ./fmt_method_panics.go:14:30
./fmt_method_panics.go:14:7: e does not escape
./fmt_method_panics.go:14:42: "E:" + e.msg escapes to heap
./fmt_method_panics.go:21:23: xs[b.n] escapes to heap:
./fmt_method_panics.go:21:23:   flow: {storage for ... argument} = &{storage for xs[b.n]}:
./fmt_method_panics.go:21:23:     from xs[b.n] (spill) at ./fmt_method_panics.go:21:23
./fmt_method_panics.go:21:23:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:21:20
./fmt_method_panics.go:21:23:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:21:23:     from ... argument (spill) at ./fmt_method_panics.go:21:20
./fmt_method_panics.go:21:23:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_method_panics.go:21:20
./fmt_method_panics.go:21:20: ... argument does not escape
./fmt_method_panics.go:21:23: xs[b.n] escapes to heap
./fmt_method_panics.go:28:49: fmt.Sprintf("no %d", 42) escapes to heap:
./fmt_method_panics.go:28:49:   flow: {heap} = &{storage for fmt.Sprintf("no %d", 42)}:
./fmt_method_panics.go:28:49:     from fmt.Sprintf("no %d", 42) (spill) at ./fmt_method_panics.go:28:49
./fmt_method_panics.go:28:49:     from panic(fmt.Sprintf("no %d", 42)) (call parameter) at ./fmt_method_panics.go:28:37
./fmt_method_panics.go:28:59: 42 escapes to heap:
./fmt_method_panics.go:28:59:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_method_panics.go:28:59:     from 42 (spill) at ./fmt_method_panics.go:28:59
./fmt_method_panics.go:28:59:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:28:49
./fmt_method_panics.go:28:59:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:28:59:     from ... argument (spill) at ./fmt_method_panics.go:28:49
./fmt_method_panics.go:28:59:     from fmt.Sprintf("no %d", ... argument...) (call parameter) at ./fmt_method_panics.go:28:49
./fmt_method_panics.go:28:49: fmt.Sprintf("no %d", ... argument...) escapes to heap
./fmt_method_panics.go:28:49: ... argument does not escape
./fmt_method_panics.go:28:59: 42 escapes to heap
./fmt_method_panics.go:42:13: s escapes to heap:
./fmt_method_panics.go:42:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_method_panics.go:42:13:     from s (spill) at ./fmt_method_panics.go:42:13
./fmt_method_panics.go:42:13:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:42:13
./fmt_method_panics.go:42:13:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:42:13:     from ... argument (spill) at ./fmt_method_panics.go:42:13
./fmt_method_panics.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_method_panics.go:42:13
./fmt_method_panics.go:41:46: BadErr{} escapes to heap:
./fmt_method_panics.go:41:46:   flow: {storage for ... argument} = &{storage for BadErr{}}:
./fmt_method_panics.go:41:46:     from BadErr{} (spill) at ./fmt_method_panics.go:41:46
./fmt_method_panics.go:41:46:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:41:18
./fmt_method_panics.go:41:46:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:41:46:     from ... argument (spill) at ./fmt_method_panics.go:41:18
./fmt_method_panics.go:41:46:     from fmt.Sprintf("%v and %v", ... argument...) (call parameter) at ./fmt_method_panics.go:41:18
./fmt_method_panics.go:41:35: Bad{...} escapes to heap:
./fmt_method_panics.go:41:35:   flow: {storage for ... argument} = &{storage for Bad{...}}:
./fmt_method_panics.go:41:35:     from Bad{...} (spill) at ./fmt_method_panics.go:41:35
./fmt_method_panics.go:41:35:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:41:18
./fmt_method_panics.go:41:35:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:41:35:     from ... argument (spill) at ./fmt_method_panics.go:41:18
./fmt_method_panics.go:41:35:     from fmt.Sprintf("%v and %v", ... argument...) (call parameter) at ./fmt_method_panics.go:41:18
./fmt_method_panics.go:40:28: []fmt.Stringer{...} escapes to heap:
./fmt_method_panics.go:40:28:   flow: {storage for ... argument} = &{storage for []fmt.Stringer{...}}:
./fmt_method_panics.go:40:28:     from []fmt.Stringer{...} (spill) at ./fmt_method_panics.go:40:28
./fmt_method_panics.go:40:28:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:40:13
./fmt_method_panics.go:40:28:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:40:28:     from ... argument (spill) at ./fmt_method_panics.go:40:13
./fmt_method_panics.go:40:28:     from fmt.Println(... argument...) (call parameter) at ./fmt_method_panics.go:40:13
./fmt_method_panics.go:39:20: BadErr{} escapes to heap:
./fmt_method_panics.go:39:20:   flow: {storage for ... argument} = &{storage for BadErr{}}:
./fmt_method_panics.go:39:20:     from BadErr{} (spill) at ./fmt_method_panics.go:39:20
./fmt_method_panics.go:39:20:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:39:13
./fmt_method_panics.go:39:20:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:39:20:     from ... argument (spill) at ./fmt_method_panics.go:39:13
./fmt_method_panics.go:39:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_method_panics.go:39:13
./fmt_method_panics.go:38:46: Bad{...} escapes to heap:
./fmt_method_panics.go:38:46:   flow: {storage for ... argument} = &{storage for Bad{...}}:
./fmt_method_panics.go:38:46:     from Bad{...} (spill) at ./fmt_method_panics.go:38:46
./fmt_method_panics.go:38:46:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:38:12
./fmt_method_panics.go:38:46:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:38:46:     from ... argument (spill) at ./fmt_method_panics.go:38:12
./fmt_method_panics.go:38:46:     from fmt.Printf("%s|%q|%x\n", ... argument...) (call parameter) at ./fmt_method_panics.go:38:12
./fmt_method_panics.go:38:38: Bad{...} escapes to heap:
./fmt_method_panics.go:38:38:   flow: {storage for ... argument} = &{storage for Bad{...}}:
./fmt_method_panics.go:38:38:     from Bad{...} (spill) at ./fmt_method_panics.go:38:38
./fmt_method_panics.go:38:38:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:38:12
./fmt_method_panics.go:38:38:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:38:38:     from ... argument (spill) at ./fmt_method_panics.go:38:12
./fmt_method_panics.go:38:38:     from fmt.Printf("%s|%q|%x\n", ... argument...) (call parameter) at ./fmt_method_panics.go:38:12
./fmt_method_panics.go:38:30: Bad{...} escapes to heap:
./fmt_method_panics.go:38:30:   flow: {storage for ... argument} = &{storage for Bad{...}}:
./fmt_method_panics.go:38:30:     from Bad{...} (spill) at ./fmt_method_panics.go:38:30
./fmt_method_panics.go:38:30:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:38:12
./fmt_method_panics.go:38:30:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:38:30:     from ... argument (spill) at ./fmt_method_panics.go:38:12
./fmt_method_panics.go:38:30:     from fmt.Printf("%s|%q|%x\n", ... argument...) (call parameter) at ./fmt_method_panics.go:38:12
./fmt_method_panics.go:37:25: Bad{...} escapes to heap:
./fmt_method_panics.go:37:25:   flow: {storage for ... argument} = &{storage for Bad{...}}:
./fmt_method_panics.go:37:25:     from Bad{...} (spill) at ./fmt_method_panics.go:37:25
./fmt_method_panics.go:37:25:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:37:13
./fmt_method_panics.go:37:25:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:37:25:     from ... argument (spill) at ./fmt_method_panics.go:37:13
./fmt_method_panics.go:37:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_method_panics.go:37:13
./fmt_method_panics.go:37:17: Bad{...} escapes to heap:
./fmt_method_panics.go:37:17:   flow: {storage for ... argument} = &{storage for Bad{...}}:
./fmt_method_panics.go:37:17:     from Bad{...} (spill) at ./fmt_method_panics.go:37:17
./fmt_method_panics.go:37:17:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:37:13
./fmt_method_panics.go:37:17:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:37:17:     from ... argument (spill) at ./fmt_method_panics.go:37:13
./fmt_method_panics.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_method_panics.go:37:13
./fmt_method_panics.go:36:18: err == nil escapes to heap:
./fmt_method_panics.go:36:18:   flow: {storage for ... argument} = &{storage for err == nil}:
./fmt_method_panics.go:36:18:     from err == nil (spill) at ./fmt_method_panics.go:36:18
./fmt_method_panics.go:36:18:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:36:13
./fmt_method_panics.go:36:18:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:36:18:     from ... argument (spill) at ./fmt_method_panics.go:36:13
./fmt_method_panics.go:36:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_method_panics.go:36:13
./fmt_method_panics.go:33:29: &E{...} escapes to heap:
./fmt_method_panics.go:33:29:   flow: {storage for ... argument} = &{storage for &E{...}}:
./fmt_method_panics.go:33:29:     from &E{...} (spill) at ./fmt_method_panics.go:33:29
./fmt_method_panics.go:33:29:     from &E{...} (interface-converted) at ./fmt_method_panics.go:33:29
./fmt_method_panics.go:33:29:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:33:13
./fmt_method_panics.go:33:29:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:33:29:     from ... argument (spill) at ./fmt_method_panics.go:33:13
./fmt_method_panics.go:33:29:     from fmt.Println(... argument...) (call parameter) at ./fmt_method_panics.go:33:13
./fmt_method_panics.go:33:20: &T{...} escapes to heap:
./fmt_method_panics.go:33:20:   flow: {storage for ... argument} = &{storage for &T{...}}:
./fmt_method_panics.go:33:20:     from &T{...} (spill) at ./fmt_method_panics.go:33:20
./fmt_method_panics.go:33:20:     from &T{...} (interface-converted) at ./fmt_method_panics.go:33:20
./fmt_method_panics.go:33:20:     from ... argument (slice-literal-element) at ./fmt_method_panics.go:33:13
./fmt_method_panics.go:33:20:   flow: {heap} = {storage for ... argument}:
./fmt_method_panics.go:33:20:     from ... argument (spill) at ./fmt_method_panics.go:33:13
./fmt_method_panics.go:33:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_method_panics.go:33:13
./fmt_method_panics.go:40:28: []fmt.Stringer{...} escapes to heap:
./fmt_method_panics.go:40:28:   flow: {storage for []fmt.Stringer{...}} = &{storage for []fmt.Stringer{...}}:
./fmt_method_panics.go:40:28:     from []fmt.Stringer{...} (spill) at ./fmt_method_panics.go:40:28
./fmt_method_panics.go:40:28:     from []fmt.Stringer{...} (interface-converted) at ./fmt_method_panics.go:40:28
./fmt_method_panics.go:40:40: &T{...} escapes to heap:
./fmt_method_panics.go:40:40:   flow: {storage for []fmt.Stringer{...}} = &{storage for &T{...}}:
./fmt_method_panics.go:40:40:     from &T{...} (spill) at ./fmt_method_panics.go:40:40
./fmt_method_panics.go:40:40:     from &T{...} (interface-converted) at ./fmt_method_panics.go:40:40
./fmt_method_panics.go:40:40:     from []fmt.Stringer{...} (slice-literal-element) at ./fmt_method_panics.go:40:28
./fmt_method_panics.go:40:35: Bad{...} escapes to heap:
./fmt_method_panics.go:40:35:   flow: {storage for []fmt.Stringer{...}} = &{storage for Bad{...}}:
./fmt_method_panics.go:40:35:     from Bad{...} (spill) at ./fmt_method_panics.go:40:35
./fmt_method_panics.go:40:35:     from []fmt.Stringer{...} (slice-literal-element) at ./fmt_method_panics.go:40:28
./fmt_method_panics.go:33:13: ... argument does not escape
./fmt_method_panics.go:33:20: &T{...} escapes to heap
./fmt_method_panics.go:33:29: &E{...} escapes to heap
./fmt_method_panics.go:34:12: ... argument does not escape
./fmt_method_panics.go:36:13: ... argument does not escape
./fmt_method_panics.go:36:18: err == nil escapes to heap
./fmt_method_panics.go:37:13: ... argument does not escape
./fmt_method_panics.go:37:17: Bad{...} escapes to heap
./fmt_method_panics.go:37:25: Bad{...} escapes to heap
./fmt_method_panics.go:38:12: ... argument does not escape
./fmt_method_panics.go:38:30: Bad{...} escapes to heap
./fmt_method_panics.go:38:38: Bad{...} escapes to heap
./fmt_method_panics.go:38:46: Bad{...} escapes to heap
./fmt_method_panics.go:39:13: ... argument does not escape
./fmt_method_panics.go:39:20: BadErr{} escapes to heap
./fmt_method_panics.go:40:13: ... argument does not escape
./fmt_method_panics.go:40:28: []fmt.Stringer{...} escapes to heap
./fmt_method_panics.go:40:28: []fmt.Stringer{...} escapes to heap
./fmt_method_panics.go:40:35: Bad{...} escapes to heap
./fmt_method_panics.go:40:40: &T{...} escapes to heap
./fmt_method_panics.go:41:18: ... argument does not escape
./fmt_method_panics.go:41:35: Bad{...} escapes to heap
./fmt_method_panics.go:41:46: BadErr{} escapes to heap
./fmt_method_panics.go:42:13: ... argument does not escape
./fmt_method_panics.go:42:13: s escapes to heap
