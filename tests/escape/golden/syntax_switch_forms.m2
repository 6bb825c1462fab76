./syntax_switch_forms.go:5:15: parameter x leaks to {heap} with derefs=0:
./syntax_switch_forms.go:5:15:   flow: {temp} = x:
./syntax_switch_forms.go:5:15:   flow: v = {temp}:
./syntax_switch_forms.go:5:15:     from default: return fmt.Sprintf("other %T", ... argument...) (switch case) at ./syntax_switch_forms.go:18:2
./syntax_switch_forms.go:5:15:   flow: {storage for ... argument} = v:
./syntax_switch_forms.go:5:15:     from ... argument (slice-literal-element) at ./syntax_switch_forms.go:19:21
./syntax_switch_forms.go:5:15:   flow: {heap} = {storage for ... argument}:
./syntax_switch_forms.go:5:15:     from ... argument (spill) at ./syntax_switch_forms.go:19:21
./syntax_switch_forms.go:5:15:     from fmt.Sprintf("other %T", ... argument...) (call parameter) at ./syntax_switch_forms.go:19:21
./syntax_switch_forms.go:17:19: "error " + v.Error() escapes to heap:
./syntax_switch_forms.go:17:19:   flow: ~r0 = &{storage for "error " + v.Error()}:
./syntax_switch_forms.go:17:19:     from "error " + v.Error() (spill) at ./syntax_switch_forms.go:17:19
./syntax_switch_forms.go:17:19:     from return "error " + v.Error() (return) at ./syntax_switch_forms.go:17:3
./syntax_switch_forms.go:15:20: "string " + v escapes to heap:
./syntax_switch_forms.go:15:20:   flow: ~r0 = &{storage for "string " + v}:
./syntax_switch_forms.go:15:20:     from "string " + v (spill) at ./syntax_switch_forms.go:15:20
./syntax_switch_forms.go:15:20:     from return "string " + v (return) at ./syntax_switch_forms.go:15:3
./syntax_switch_forms.go:5:15: leaking param: x
./syntax_switch_forms.go:10:21: ... argument does not escape
./syntax_switch_forms.go:15:20: "string " + v escapes to heap
./syntax_switch_forms.go:17:19: "error " + v.Error() escapes to heap
./syntax_switch_forms.go:19:21: ... argument does not escape
./syntax_switch_forms.go:58:15: "one after ++" escapes to heap:
./syntax_switch_forms.go:58:15:   flow: {storage for ... argument} = &{storage for "one after ++"}:
./syntax_switch_forms.go:58:15:     from "one after ++" (spill) at ./syntax_switch_forms.go:58:15
./syntax_switch_forms.go:58:15:     from ... argument (slice-literal-element) at ./syntax_switch_forms.go:58:14
./syntax_switch_forms.go:58:15:   flow: {heap} = {storage for ... argument}:
./syntax_switch_forms.go:58:15:     from ... argument (spill) at ./syntax_switch_forms.go:58:14
./syntax_switch_forms.go:58:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_switch_forms.go:58:14
./syntax_switch_forms.go:53:15: "abc" escapes to heap:
./syntax_switch_forms.go:53:15:   flow: {storage for ... argument} = &{storage for "abc"}:
./syntax_switch_forms.go:53:15:     from "abc" (spill) at ./syntax_switch_forms.go:53:15
./syntax_switch_forms.go:53:15:     from ... argument (slice-literal-element) at ./syntax_switch_forms.go:53:14
./syntax_switch_forms.go:53:15:   flow: {heap} = {storage for ... argument}:
./syntax_switch_forms.go:53:15:     from ... argument (spill) at ./syntax_switch_forms.go:53:14
./syntax_switch_forms.go:53:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_switch_forms.go:53:14
./syntax_switch_forms.go:49:15: "big" escapes to heap:
./syntax_switch_forms.go:49:15:   flow: {storage for ... argument} = &{storage for "big"}:
./syntax_switch_forms.go:49:15:     from "big" (spill) at ./syntax_switch_forms.go:49:15
./syntax_switch_forms.go:49:15:     from ... argument (slice-literal-element) at ./syntax_switch_forms.go:49:14
./syntax_switch_forms.go:49:15:   flow: {heap} = {storage for ... argument}:
./syntax_switch_forms.go:49:15:     from ... argument (spill) at ./syntax_switch_forms.go:49:14
./syntax_switch_forms.go:49:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_switch_forms.go:49:14
./syntax_switch_forms.go:46:52: grade(10) escapes to heap:
./syntax_switch_forms.go:46:52:   flow: {storage for ... argument} = &{storage for grade(10)}:
./syntax_switch_forms.go:46:52:     from grade(10) (spill) at ./syntax_switch_forms.go:46:52
./syntax_switch_forms.go:46:52:     from ... argument (slice-literal-element) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:52:   flow: {heap} = {storage for ... argument}:
./syntax_switch_forms.go:46:52:     from ... argument (spill) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:52:     from fmt.Println(... argument...) (call parameter) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:41: grade(75) escapes to heap:
./syntax_switch_forms.go:46:41:   flow: {storage for ... argument} = &{storage for grade(75)}:
./syntax_switch_forms.go:46:41:     from grade(75) (spill) at ./syntax_switch_forms.go:46:41
./syntax_switch_forms.go:46:41:     from ... argument (slice-literal-element) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:41:   flow: {heap} = {storage for ... argument}:
./syntax_switch_forms.go:46:41:     from ... argument (spill) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:41:     from fmt.Println(... argument...) (call parameter) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:30: grade(85) escapes to heap:
./syntax_switch_forms.go:46:30:   flow: {storage for ... argument} = &{storage for grade(85)}:
./syntax_switch_forms.go:46:30:     from grade(85) (spill) at ./syntax_switch_forms.go:46:30
./syntax_switch_forms.go:46:30:     from ... argument (slice-literal-element) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:30:   flow: {heap} = {storage for ... argument}:
./syntax_switch_forms.go:46:30:     from ... argument (spill) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:30:     from fmt.Println(... argument...) (call parameter) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:19: grade(95) escapes to heap:
./syntax_switch_forms.go:46:19:   flow: {storage for ... argument} = &{storage for grade(95)}:
./syntax_switch_forms.go:46:19:     from grade(95) (spill) at ./syntax_switch_forms.go:46:19
./syntax_switch_forms.go:46:19:     from ... argument (slice-literal-element) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:19:   flow: {heap} = {storage for ... argument}:
./syntax_switch_forms.go:46:19:     from ... argument (spill) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:46:19:     from fmt.Println(... argument...) (call parameter) at ./syntax_switch_forms.go:46:13
./syntax_switch_forms.go:43:71: []int{} escapes to heap:
./syntax_switch_forms.go:43:71:   flow: {storage for []interface {}{...}} = &{storage for []int{}}:
./syntax_switch_forms.go:43:71:     from []int{} (spill) at ./syntax_switch_forms.go:43:71
./syntax_switch_forms.go:43:71:     from []interface {}{...} (slice-literal-element) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:71:   flow: {temp} = &{storage for []interface {}{...}}:
./syntax_switch_forms.go:43:71:     from []interface {}{...} (spill) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:71:   flow: x = *{temp}:
./syntax_switch_forms.go:43:71:     from for loop (range-deref) at ./syntax_switch_forms.go:43:14
./syntax_switch_forms.go:43:71:   flow: {heap} = x:
./syntax_switch_forms.go:43:71:     from classify(x) (call parameter) at ./syntax_switch_forms.go:44:23
./syntax_switch_forms.go:43:61: 2.5 escapes to heap:
./syntax_switch_forms.go:43:61:   flow: {storage for []interface {}{...}} = &{storage for 2.5}:
./syntax_switch_forms.go:43:61:     from 2.5 (spill) at ./syntax_switch_forms.go:43:61
./syntax_switch_forms.go:43:61:     from []interface {}{...} (slice-literal-element) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:61:   flow: {temp} = &{storage for []interface {}{...}}:
./syntax_switch_forms.go:43:61:     from []interface {}{...} (spill) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:61:   flow: x = *{temp}:
./syntax_switch_forms.go:43:61:     from for loop (range-deref) at ./syntax_switch_forms.go:43:14
./syntax_switch_forms.go:43:61:   flow: {heap} = x:
./syntax_switch_forms.go:43:61:     from classify(x) (call parameter) at ./syntax_switch_forms.go:44:23
./syntax_switch_forms.go:43:57: "" escapes to heap:
./syntax_switch_forms.go:43:57:   flow: {storage for []interface {}{...}} = &{storage for ""}:
./syntax_switch_forms.go:43:57:     from "" (spill) at ./syntax_switch_forms.go:43:57
./syntax_switch_forms.go:43:57:     from []interface {}{...} (slice-literal-element) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:57:   flow: {temp} = &{storage for []interface {}{...}}:
./syntax_switch_forms.go:43:57:     from []interface {}{...} (spill) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:57:   flow: x = *{temp}:
./syntax_switch_forms.go:43:57:     from for loop (range-deref) at ./syntax_switch_forms.go:43:14
./syntax_switch_forms.go:43:57:   flow: {heap} = x:
./syntax_switch_forms.go:43:57:     from classify(x) (call parameter) at ./syntax_switch_forms.go:44:23
./syntax_switch_forms.go:43:52: "s" escapes to heap:
./syntax_switch_forms.go:43:52:   flow: {storage for []interface {}{...}} = &{storage for "s"}:
./syntax_switch_forms.go:43:52:     from "s" (spill) at ./syntax_switch_forms.go:43:52
./syntax_switch_forms.go:43:52:     from []interface {}{...} (slice-literal-element) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:52:   flow: {temp} = &{storage for []interface {}{...}}:
./syntax_switch_forms.go:43:52:     from []interface {}{...} (spill) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:52:   flow: x = *{temp}:
./syntax_switch_forms.go:43:52:     from for loop (range-deref) at ./syntax_switch_forms.go:43:14
./syntax_switch_forms.go:43:52:   flow: {heap} = x:
./syntax_switch_forms.go:43:52:     from classify(x) (call parameter) at ./syntax_switch_forms.go:44:23
./syntax_switch_forms.go:43:47: int64(2) escapes to heap:
./syntax_switch_forms.go:43:47:   flow: {storage for []interface {}{...}} = &{storage for int64(2)}:
./syntax_switch_forms.go:43:47:     from int64(2) (spill) at ./syntax_switch_forms.go:43:47
./syntax_switch_forms.go:43:47:     from []interface {}{...} (slice-literal-element) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:47:   flow: {temp} = &{storage for []interface {}{...}}:
./syntax_switch_forms.go:43:47:     from []interface {}{...} (spill) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:47:   flow: x = *{temp}:
./syntax_switch_forms.go:43:47:     from for loop (range-deref) at ./syntax_switch_forms.go:43:14
./syntax_switch_forms.go:43:47:   flow: {heap} = x:
./syntax_switch_forms.go:43:47:     from classify(x) (call parameter) at ./syntax_switch_forms.go:44:23
./syntax_switch_forms.go:43:39: 1 escapes to heap:
./syntax_switch_forms.go:43:39:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./syntax_switch_forms.go:43:39:     from 1 (spill) at ./syntax_switch_forms.go:43:39
./syntax_switch_forms.go:43:39:     from []interface {}{...} (slice-literal-element) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:39:   flow: {temp} = &{storage for []interface {}{...}}:
./syntax_switch_forms.go:43:39:     from []interface {}{...} (spill) at ./syntax_switch_forms.go:43:33
./syntax_switch_forms.go:43:39:   flow: x = *{temp}:
./syntax_switch_forms.go:43:39:     from for loop (range-deref) at ./syntax_switch_forms.go:43:14
./syntax_switch_forms.go:43:39:   flow: {heap} = x:
./syntax_switch_forms.go:43:39:     from classify(x) (call parameter) at ./syntax_switch_forms.go:44:23
./syntax_switch_forms.go:44:23: classify(x) escapes to heap:
./syntax_switch_forms.go:44:23:   flow: {storage for ... argument} = &{storage for classify(x)}:
./syntax_switch_forms.go:44:23:     from classify(x) (spill) at ./syntax_switch_forms.go:44:23
./syntax_switch_forms.go:44:23:     from ... argument (slice-literal-element) at ./syntax_switch_forms.go:44:14
./syntax_switch_forms.go:44:23:   flow: {heap} = {storage for ... argument}:
./syntax_switch_forms.go:44:23:     from ... argument (spill) at ./syntax_switch_forms.go:44:14
./syntax_switch_forms.go:44:23:     from fmt.Println(... argument...) (call parameter) at ./syntax_switch_forms.go:44:14
./syntax_switch_forms.go:43:71: []int{} escapes to heap:
./syntax_switch_forms.go:43:71:   flow: {storage for []int{}} = &{storage for []int{}}:
./syntax_switch_forms.go:43:71:     from []int{} (spill) at ./syntax_switch_forms.go:43:71
./syntax_switch_forms.go:43:71:     from []int{} (interface-converted) at ./syntax_switch_forms.go:43:71
./syntax_switch_forms.go:40:33: []interface {}{...} does not escape
./syntax_switch_forms.go:40:39: 1 does not escape
./syntax_switch_forms.go:40:47: int64(2) does not escape
./syntax_switch_forms.go:40:52: "s" does not escape
./syntax_switch_forms.go:40:57: "" does not escape
./syntax_switch_forms.go:40:61: 2.5 does not escape
./syntax_switch_forms.go:43:33: []interface {}{...} does not escape
./syntax_switch_forms.go:43:39: 1 escapes to heap
./syntax_switch_forms.go:43:47: int64(2) escapes to heap
./syntax_switch_forms.go:43:52: "s" escapes to heap
./syntax_switch_forms.go:43:57: "" escapes to heap
./syntax_switch_forms.go:43:61: 2.5 escapes to heap
./syntax_switch_forms.go:43:71: []int{} escapes to heap
./syntax_switch_forms.go:43:71: []int{} escapes to heap
./syntax_switch_forms.go:44:14: ... argument does not escape
./syntax_switch_forms.go:44:23: classify(x) escapes to heap
./syntax_switch_forms.go:46:13: ... argument does not escape
./syntax_switch_forms.go:46:19: grade(95) escapes to heap
./syntax_switch_forms.go:46:30: grade(85) escapes to heap
./syntax_switch_forms.go:46:41: grade(75) escapes to heap
./syntax_switch_forms.go:46:52: grade(10) escapes to heap
./syntax_switch_forms.go:49:14: ... argument does not escape
./syntax_switch_forms.go:49:15: "big" escapes to heap
./syntax_switch_forms.go:53:14: ... argument does not escape
./syntax_switch_forms.go:53:15: "abc" escapes to heap
./syntax_switch_forms.go:58:14: ... argument does not escape
./syntax_switch_forms.go:58:15: "one after ++" escapes to heap
