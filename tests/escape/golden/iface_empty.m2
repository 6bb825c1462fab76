./iface_empty.go:10:15: parameter x leaks to {heap} with derefs=0:
./iface_empty.go:10:15:   flow: {temp} = x:
./iface_empty.go:10:15:   flow: v = {temp}:
./iface_empty.go:10:15:     from default: return fmt.Sprintf("other %T", ... argument...) (switch case) at ./iface_empty.go:26:2
./iface_empty.go:10:15:   flow: {storage for ... argument} = v:
./iface_empty.go:10:15:     from ... argument (slice-literal-element) at ./iface_empty.go:27:21
./iface_empty.go:10:15:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:10:15:     from ... argument (spill) at ./iface_empty.go:27:21
./iface_empty.go:10:15:     from fmt.Sprintf("other %T", ... argument...) (call parameter) at ./iface_empty.go:27:21
./iface_empty.go:23:34: len(v) escapes to heap:
./iface_empty.go:23:34:   flow: {storage for ... argument} = &{storage for len(v)}:
./iface_empty.go:23:34:     from len(v) (spill) at ./iface_empty.go:23:34
./iface_empty.go:23:34:     from ... argument (slice-literal-element) at ./iface_empty.go:23:20
./iface_empty.go:23:34:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:23:34:     from ... argument (spill) at ./iface_empty.go:23:20
./iface_empty.go:23:34:     from fmt.Sprint(... argument...) (call parameter) at ./iface_empty.go:23:20
./iface_empty.go:23:21: "slice " escapes to heap:
./iface_empty.go:23:21:   flow: {storage for ... argument} = &{storage for "slice "}:
./iface_empty.go:23:21:     from "slice " (spill) at ./iface_empty.go:23:21
./iface_empty.go:23:21:     from ... argument (slice-literal-element) at ./iface_empty.go:23:20
./iface_empty.go:23:21:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:23:21:     from ... argument (spill) at ./iface_empty.go:23:20
./iface_empty.go:23:21:     from fmt.Sprint(... argument...) (call parameter) at ./iface_empty.go:23:20
./iface_empty.go:21:29: v.a escapes to heap:
./iface_empty.go:21:29:   flow: {storage for ... argument} = &{storage for v.a}:
./iface_empty.go:21:29:     from v.a (spill) at ./iface_empty.go:21:29
./iface_empty.go:21:29:     from ... argument (slice-literal-element) at ./iface_empty.go:21:20
./iface_empty.go:21:29:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:21:29:     from ... argument (spill) at ./iface_empty.go:21:20
./iface_empty.go:21:29:     from fmt.Sprint(... argument...) (call parameter) at ./iface_empty.go:21:20
./iface_empty.go:21:21: "*T " escapes to heap:
./iface_empty.go:21:21:   flow: {storage for ... argument} = &{storage for "*T "}:
./iface_empty.go:21:21:     from "*T " (spill) at ./iface_empty.go:21:21
./iface_empty.go:21:21:     from ... argument (slice-literal-element) at ./iface_empty.go:21:20
./iface_empty.go:21:21:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:21:21:     from ... argument (spill) at ./iface_empty.go:21:20
./iface_empty.go:21:21:     from fmt.Sprint(... argument...) (call parameter) at ./iface_empty.go:21:20
./iface_empty.go:19:30: v.a + v.b escapes to heap:
./iface_empty.go:19:30:   flow: {storage for ... argument} = &{storage for v.a + v.b}:
./iface_empty.go:19:30:     from v.a + v.b (spill) at ./iface_empty.go:19:30
./iface_empty.go:19:30:     from ... argument (slice-literal-element) at ./iface_empty.go:19:20
./iface_empty.go:19:30:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:19:30:     from ... argument (spill) at ./iface_empty.go:19:20
./iface_empty.go:19:30:     from fmt.Sprint(... argument...) (call parameter) at ./iface_empty.go:19:20
./iface_empty.go:19:21: "T " escapes to heap:
./iface_empty.go:19:21:   flow: {storage for ... argument} = &{storage for "T "}:
./iface_empty.go:19:21:     from "T " (spill) at ./iface_empty.go:19:21
./iface_empty.go:19:21:     from ... argument (slice-literal-element) at ./iface_empty.go:19:20
./iface_empty.go:19:21:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:19:21:     from ... argument (spill) at ./iface_empty.go:19:20
./iface_empty.go:19:21:     from fmt.Sprint(... argument...) (call parameter) at ./iface_empty.go:19:20
./iface_empty.go:15:21: v escapes to heap:
./iface_empty.go:15:21:   flow: {storage for ... argument} = &{storage for v}:
./iface_empty.go:15:21:     from v (spill) at ./iface_empty.go:15:21
./iface_empty.go:15:21:     from ... argument (slice-literal-element) at ./iface_empty.go:15:20
./iface_empty.go:15:21:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:15:21:     from ... argument (spill) at ./iface_empty.go:15:20
./iface_empty.go:15:21:     from fmt.Sprint(... argument...) (call parameter) at ./iface_empty.go:15:20
./iface_empty.go:15:21: "int " escapes to heap:
./iface_empty.go:15:21:   flow: {storage for ... argument} = &{storage for "int "}:
./iface_empty.go:15:21:     from "int " (spill) at ./iface_empty.go:15:21
./iface_empty.go:15:21:     from ... argument (slice-literal-element) at ./iface_empty.go:15:20
./iface_empty.go:15:21:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:15:21:     from ... argument (spill) at ./iface_empty.go:15:20
./iface_empty.go:15:21:     from fmt.Sprint(... argument...) (call parameter) at ./iface_empty.go:15:20
./iface_empty.go:25:19: "error " + v.Error() escapes to heap:
./iface_empty.go:25:19:   flow: ~r0 = &{storage for "error " + v.Error()}:
./iface_empty.go:25:19:     from "error " + v.Error() (spill) at ./iface_empty.go:25:19
./iface_empty.go:25:19:     from return "error " + v.Error() (return) at ./iface_empty.go:25:3
./iface_empty.go:17:20: "string " + v escapes to heap:
./iface_empty.go:17:20:   flow: ~r0 = &{storage for "string " + v}:
./iface_empty.go:17:20:     from "string " + v (spill) at ./iface_empty.go:17:20
./iface_empty.go:17:20:     from return "string " + v (return) at ./iface_empty.go:17:3
./iface_empty.go:10:15: leaking param: x
./iface_empty.go:15:20: ... argument does not escape
./iface_empty.go:15:21: "int " escapes to heap
./iface_empty.go:15:21: v escapes to heap
./iface_empty.go:17:20: "string " + v escapes to heap
./iface_empty.go:19:20: ... argument does not escape
./iface_empty.go:19:21: "T " escapes to heap
./iface_empty.go:19:30: v.a + v.b escapes to heap
./iface_empty.go:21:20: ... argument does not escape
./iface_empty.go:21:21: "*T " escapes to heap
./iface_empty.go:21:29: v.a escapes to heap
./iface_empty.go:23:20: ... argument does not escape
./iface_empty.go:23:21: "slice " escapes to heap
./iface_empty.go:23:34: len(v) escapes to heap
./iface_empty.go:25:19: "error " + v.Error() escapes to heap
./iface_empty.go:27:21: ... argument does not escape
./iface_empty.go:37:2: "x" escapes to heap:
./iface_empty.go:37:2:   flow: any = &{storage for "x"}:
./iface_empty.go:37:2:     from "x" (spill) at ./iface_empty.go:37:2
./iface_empty.go:37:2:     from any = "x" (assign) at ./iface_empty.go:37:6
./iface_empty.go:37:2:   flow: {storage for ... argument} = any:
./iface_empty.go:37:2:     from ... argument (slice-literal-element) at ./iface_empty.go:38:13
./iface_empty.go:37:2:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:37:2:     from ... argument (spill) at ./iface_empty.go:38:13
./iface_empty.go:37:2:     from fmt.Println(... argument...) (call parameter) at ./iface_empty.go:38:13
./iface_empty.go:36:6: 3 escapes to heap:
./iface_empty.go:36:6:   flow: any = &{storage for 3}:
./iface_empty.go:36:6:     from 3 (spill) at ./iface_empty.go:36:6
./iface_empty.go:36:6:     from any = 3 (assign) at ./iface_empty.go:36:6
./iface_empty.go:36:6:   flow: {storage for ... argument} = any:
./iface_empty.go:36:6:     from ... argument (slice-literal-element) at ./iface_empty.go:38:13
./iface_empty.go:36:6:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:36:6:     from ... argument (spill) at ./iface_empty.go:38:13
./iface_empty.go:36:6:     from fmt.Println(... argument...) (call parameter) at ./iface_empty.go:38:13
./iface_empty.go:32:74: true escapes to heap:
./iface_empty.go:32:74:   flow: {storage for []interface {}{...}} = &{storage for true}:
./iface_empty.go:32:74:     from true (spill) at ./iface_empty.go:32:74
./iface_empty.go:32:74:     from []interface {}{...} (slice-literal-element) at ./iface_empty.go:32:23
./iface_empty.go:32:74:   flow: vals = &{storage for []interface {}{...}}:
./iface_empty.go:32:74:     from []interface {}{...} (spill) at ./iface_empty.go:32:23
./iface_empty.go:32:74:     from vals := []interface {}{...} (assign) at ./iface_empty.go:32:7
./iface_empty.go:32:74:   flow: {temp} = vals:
./iface_empty.go:32:74:   flow: v = *{temp}:
./iface_empty.go:32:74:     from for loop (range-deref) at ./iface_empty.go:33:14
./iface_empty.go:32:74:   flow: {heap} = v:
./iface_empty.go:32:74:     from describe(v) (call parameter) at ./iface_empty.go:34:23
./iface_empty.go:32:69: 2.5 escapes to heap:
./iface_empty.go:32:69:   flow: {storage for []interface {}{...}} = &{storage for 2.5}:
./iface_empty.go:32:69:     from 2.5 (spill) at ./iface_empty.go:32:69
./iface_empty.go:32:69:     from []interface {}{...} (slice-literal-element) at ./iface_empty.go:32:23
./iface_empty.go:32:69:   flow: vals = &{storage for []interface {}{...}}:
./iface_empty.go:32:69:     from []interface {}{...} (spill) at ./iface_empty.go:32:23
./iface_empty.go:32:69:     from vals := []interface {}{...} (assign) at ./iface_empty.go:32:7
./iface_empty.go:32:69:   flow: {temp} = vals:
./iface_empty.go:32:69:   flow: v = *{temp}:
./iface_empty.go:32:69:     from for loop (range-deref) at ./iface_empty.go:33:14
./iface_empty.go:32:69:   flow: {heap} = v:
./iface_empty.go:32:69:     from describe(v) (call parameter) at ./iface_empty.go:34:23
./iface_empty.go:32:61: []int{...} escapes to heap:
./iface_empty.go:32:61:   flow: {storage for []interface {}{...}} = &{storage for []int{...}}:
./iface_empty.go:32:61:     from []int{...} (spill) at ./iface_empty.go:32:61
./iface_empty.go:32:61:     from []interface {}{...} (slice-literal-element) at ./iface_empty.go:32:23
./iface_empty.go:32:61:   flow: vals = &{storage for []interface {}{...}}:
./iface_empty.go:32:61:     from []interface {}{...} (spill) at ./iface_empty.go:32:23
./iface_empty.go:32:61:     from vals := []interface {}{...} (assign) at ./iface_empty.go:32:7
./iface_empty.go:32:61:   flow: {temp} = vals:
./iface_empty.go:32:61:   flow: v = *{temp}:
./iface_empty.go:32:61:     from for loop (range-deref) at ./iface_empty.go:33:14
./iface_empty.go:32:61:   flow: {heap} = v:
./iface_empty.go:32:61:     from describe(v) (call parameter) at ./iface_empty.go:34:23
./iface_empty.go:32:46: &T{...} escapes to heap:
./iface_empty.go:32:46:   flow: {storage for []interface {}{...}} = &{storage for &T{...}}:
./iface_empty.go:32:46:     from &T{...} (spill) at ./iface_empty.go:32:46
./iface_empty.go:32:46:     from &T{...} (interface-converted) at ./iface_empty.go:32:46
./iface_empty.go:32:46:     from []interface {}{...} (slice-literal-element) at ./iface_empty.go:32:23
./iface_empty.go:32:46:   flow: vals = &{storage for []interface {}{...}}:
./iface_empty.go:32:46:     from []interface {}{...} (spill) at ./iface_empty.go:32:23
./iface_empty.go:32:46:     from vals := []interface {}{...} (assign) at ./iface_empty.go:32:7
./iface_empty.go:32:46:   flow: {temp} = vals:
./iface_empty.go:32:46:   flow: v = *{temp}:
./iface_empty.go:32:46:     from for loop (range-deref) at ./iface_empty.go:33:14
./iface_empty.go:32:46:   flow: {heap} = v:
./iface_empty.go:32:46:     from describe(v) (call parameter) at ./iface_empty.go:34:23
./iface_empty.go:32:38: T{...} escapes to heap:
./iface_empty.go:32:38:   flow: {storage for []interface {}{...}} = &{storage for T{...}}:
./iface_empty.go:32:38:     from T{...} (spill) at ./iface_empty.go:32:38
./iface_empty.go:32:38:     from []interface {}{...} (slice-literal-element) at ./iface_empty.go:32:23
./iface_empty.go:32:38:   flow: vals = &{storage for []interface {}{...}}:
./iface_empty.go:32:38:     from []interface {}{...} (spill) at ./iface_empty.go:32:23
./iface_empty.go:32:38:     from vals := []interface {}{...} (assign) at ./iface_empty.go:32:7
./iface_empty.go:32:38:   flow: {temp} = vals:
./iface_empty.go:32:38:   flow: v = *{temp}:
./iface_empty.go:32:38:     from for loop (range-deref) at ./iface_empty.go:33:14
./iface_empty.go:32:38:   flow: {heap} = v:
./iface_empty.go:32:38:     from describe(v) (call parameter) at ./iface_empty.go:34:23
./iface_empty.go:32:32: "s" escapes to heap:
./iface_empty.go:32:32:   flow: {storage for []interface {}{...}} = &{storage for "s"}:
./iface_empty.go:32:32:     from "s" (spill) at ./iface_empty.go:32:32
./iface_empty.go:32:32:     from []interface {}{...} (slice-literal-element) at ./iface_empty.go:32:23
./iface_empty.go:32:32:   flow: vals = &{storage for []interface {}{...}}:
./iface_empty.go:32:32:     from []interface {}{...} (spill) at ./iface_empty.go:32:23
./iface_empty.go:32:32:     from vals := []interface {}{...} (assign) at ./iface_empty.go:32:7
./iface_empty.go:32:32:   flow: {temp} = vals:
./iface_empty.go:32:32:   flow: v = *{temp}:
./iface_empty.go:32:32:     from for loop (range-deref) at ./iface_empty.go:33:14
./iface_empty.go:32:32:   flow: {heap} = v:
./iface_empty.go:32:32:     from describe(v) (call parameter) at ./iface_empty.go:34:23
./iface_empty.go:32:29: 1 escapes to heap:
./iface_empty.go:32:29:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./iface_empty.go:32:29:     from 1 (spill) at ./iface_empty.go:32:29
./iface_empty.go:32:29:     from []interface {}{...} (slice-literal-element) at ./iface_empty.go:32:23
./iface_empty.go:32:29:   flow: vals = &{storage for []interface {}{...}}:
./iface_empty.go:32:29:     from []interface {}{...} (spill) at ./iface_empty.go:32:23
./iface_empty.go:32:29:     from vals := []interface {}{...} (assign) at ./iface_empty.go:32:7
./iface_empty.go:32:29:   flow: {temp} = vals:
./iface_empty.go:32:29:   flow: v = *{temp}:
./iface_empty.go:32:29:     from for loop (range-deref) at ./iface_empty.go:33:14
./iface_empty.go:32:29:   flow: {heap} = v:
./iface_empty.go:32:29:     from describe(v) (call parameter) at ./iface_empty.go:34:23
./iface_empty.go:34:23: describe(v) escapes to heap:
./iface_empty.go:34:23:   flow: {storage for ... argument} = &{storage for describe(v)}:
./iface_empty.go:34:23:     from describe(v) (spill) at ./iface_empty.go:34:23
./iface_empty.go:34:23:     from ... argument (slice-literal-element) at ./iface_empty.go:34:14
./iface_empty.go:34:23:   flow: {heap} = {storage for ... argument}:
./iface_empty.go:34:23:     from ... argument (spill) at ./iface_empty.go:34:14
./iface_empty.go:34:23:     from fmt.Println(... argument...) (call parameter) at ./iface_empty.go:34:14
./iface_empty.go:32:61: []int{...} escapes to heap:
./iface_empty.go:32:61:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./iface_empty.go:32:61:     from []int{...} (spill) at ./iface_empty.go:32:61
./iface_empty.go:32:61:     from []int{...} (interface-converted) at ./iface_empty.go:32:61
./iface_empty.go:32:23: []interface {}{...} does not escape
./iface_empty.go:32:29: 1 escapes to heap
./iface_empty.go:32:32: "s" escapes to heap
./iface_empty.go:32:38: T{...} escapes to heap
./iface_empty.go:32:46: &T{...} escapes to heap
./iface_empty.go:32:61: []int{...} escapes to heap
./iface_empty.go:32:61: []int{...} escapes to heap
./iface_empty.go:32:69: 2.5 escapes to heap
./iface_empty.go:32:74: true escapes to heap
./iface_empty.go:34:14: ... argument does not escape
./iface_empty.go:34:23: describe(v) escapes to heap
./iface_empty.go:36:6: 3 escapes to heap
./iface_empty.go:37:2: "x" escapes to heap
./iface_empty.go:38:13: ... argument does not escape
