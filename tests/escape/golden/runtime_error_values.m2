./runtime_error_values.go:26:8: re escapes to heap:
./runtime_error_values.go:26:8:   flow: {heap} = &re:
./runtime_error_values.go:26:8:     from &re (address-of) at ./runtime_error_values.go:27:61
./runtime_error_values.go:26:8:     from &re (interface-converted) at ./runtime_error_values.go:27:61
./runtime_error_values.go:26:8:     from errors.As(err, &re) (call parameter) at ./runtime_error_values.go:27:55
./runtime_error_values.go:12:15: classify capturing by value: name (addr=false assign=false width=16)
./runtime_error_values.go:27:84: strings.HasPrefix(err.Error(), "runtime error: ") escapes to heap:
./runtime_error_values.go:27:84:   flow: {storage for ... argument} = &{storage for strings.HasPrefix(err.Error(), "runtime error: ")}:
./runtime_error_values.go:27:84:     from strings.HasPrefix(err.Error(), "runtime error: ") (spill) at ./runtime_error_values.go:27:84
./runtime_error_values.go:27:84:     from ... argument (slice-literal-element) at ./runtime_error_values.go:27:15
./runtime_error_values.go:27:84:   flow: {heap} = {storage for ... argument}:
./runtime_error_values.go:27:84:     from ... argument (spill) at ./runtime_error_values.go:27:15
./runtime_error_values.go:27:84:     from fmt.Println(... argument...) (call parameter) at ./runtime_error_values.go:27:15
./runtime_error_values.go:27:55: errors.As(err, &re) escapes to heap:
./runtime_error_values.go:27:55:   flow: {storage for ... argument} = &{storage for errors.As(err, &re)}:
./runtime_error_values.go:27:55:     from errors.As(err, &re) (spill) at ./runtime_error_values.go:27:55
./runtime_error_values.go:27:55:     from ... argument (slice-literal-element) at ./runtime_error_values.go:27:15
./runtime_error_values.go:27:55:   flow: {heap} = {storage for ... argument}:
./runtime_error_values.go:27:55:     from ... argument (spill) at ./runtime_error_values.go:27:15
./runtime_error_values.go:27:55:     from fmt.Println(... argument...) (call parameter) at ./runtime_error_values.go:27:15
./runtime_error_values.go:27:16: "  errors.As runtime.Error:" escapes to heap:
./runtime_error_values.go:27:16:   flow: {storage for ... argument} = &{storage for "  errors.As runtime.Error:"}:
./runtime_error_values.go:27:16:     from "  errors.As runtime.Error:" (spill) at ./runtime_error_values.go:27:16
./runtime_error_values.go:27:16:     from ... argument (slice-literal-element) at ./runtime_error_values.go:27:15
./runtime_error_values.go:27:16:   flow: {heap} = {storage for ... argument}:
./runtime_error_values.go:27:16:     from ... argument (spill) at ./runtime_error_values.go:27:15
./runtime_error_values.go:27:16:     from fmt.Println(... argument...) (call parameter) at ./runtime_error_values.go:27:15
./runtime_error_values.go:23:15: name escapes to heap:
./runtime_error_values.go:23:15:   flow: {storage for ... argument} = &{storage for name}:
./runtime_error_values.go:23:15:     from name (spill) at ./runtime_error_values.go:23:15
./runtime_error_values.go:23:15:     from ... argument (slice-literal-element) at ./runtime_error_values.go:23:14
./runtime_error_values.go:23:15:   flow: {heap} = {storage for ... argument}:
./runtime_error_values.go:23:15:     from ... argument (spill) at ./runtime_error_values.go:23:14
./runtime_error_values.go:23:15:     from fmt.Printf("%-14s %T: %v\n", ... argument...) (call parameter) at ./runtime_error_values.go:23:14
./runtime_error_values.go:21:15: v escapes to heap:
./runtime_error_values.go:21:15:   flow: {storage for ... argument} = &{storage for v}:
./runtime_error_values.go:21:15:     from v (spill) at ./runtime_error_values.go:21:15
./runtime_error_values.go:21:15:     from ... argument (slice-literal-element) at ./runtime_error_values.go:21:14
./runtime_error_values.go:21:15:   flow: {heap} = {storage for ... argument}:
./runtime_error_values.go:21:15:     from ... argument (spill) at ./runtime_error_values.go:21:14
./runtime_error_values.go:21:15:     from fmt.Printf("%-14s string: %q\n", ... argument...) (call parameter) at ./runtime_error_values.go:21:14
./runtime_error_values.go:21:15: name escapes to heap:
./runtime_error_values.go:21:15:   flow: {storage for ... argument} = &{storage for name}:
./runtime_error_values.go:21:15:     from name (spill) at ./runtime_error_values.go:21:15
./runtime_error_values.go:21:15:     from ... argument (slice-literal-element) at ./runtime_error_values.go:21:14
./runtime_error_values.go:21:15:   flow: {heap} = {storage for ... argument}:
./runtime_error_values.go:21:15:     from ... argument (spill) at ./runtime_error_values.go:21:14
./runtime_error_values.go:21:15:     from fmt.Printf("%-14s string: %q\n", ... argument...) (call parameter) at ./runtime_error_values.go:21:14
./runtime_error_values.go:19:15: name escapes to heap:
./runtime_error_values.go:19:15:   flow: {storage for ... argument} = &{storage for name}:
./runtime_error_values.go:19:15:     from name (spill) at ./runtime_error_values.go:19:15
./runtime_error_values.go:19:15:     from ... argument (slice-literal-element) at ./runtime_error_values.go:19:14
./runtime_error_values.go:19:15:   flow: {heap} = {storage for ... argument}:
./runtime_error_values.go:19:15:     from ... argument (spill) at ./runtime_error_values.go:19:14
./runtime_error_values.go:19:15:     from fmt.Printf("%-14s error %T: %v\n", ... argument...) (call parameter) at ./runtime_error_values.go:19:14
./runtime_error_values.go:17:63: v.Error() escapes to heap:
./runtime_error_values.go:17:63:   flow: {storage for ... argument} = &{storage for v.Error()}:
./runtime_error_values.go:17:63:     from v.Error() (spill) at ./runtime_error_values.go:17:63
./runtime_error_values.go:17:63:     from ... argument (slice-literal-element) at ./runtime_error_values.go:17:14
./runtime_error_values.go:17:63:   flow: {heap} = {storage for ... argument}:
./runtime_error_values.go:17:63:     from ... argument (spill) at ./runtime_error_values.go:17:14
./runtime_error_values.go:17:63:     from fmt.Printf("%-14s runtime.Error %T: %v\n", ... argument...) (call parameter) at ./runtime_error_values.go:17:14
./runtime_error_values.go:17:15: name escapes to heap:
./runtime_error_values.go:17:15:   flow: {storage for ... argument} = &{storage for name}:
./runtime_error_values.go:17:15:     from name (spill) at ./runtime_error_values.go:17:15
./runtime_error_values.go:17:15:     from ... argument (slice-literal-element) at ./runtime_error_values.go:17:14
./runtime_error_values.go:17:15:   flow: {heap} = {storage for ... argument}:
./runtime_error_values.go:17:15:     from ... argument (spill) at ./runtime_error_values.go:17:14
./runtime_error_values.go:17:15:     from fmt.Printf("%-14s runtime.Error %T: %v\n", ... argument...) (call parameter) at ./runtime_error_values.go:17:14
./runtime_error_values.go:12:15: parameter name leaks to {storage for name} with derefs=0:
./runtime_error_values.go:12:15:   flow: {storage for name} = name:
./runtime_error_values.go:12:15:     from name (interface-converted) at ./runtime_error_values.go:23:15
./runtime_error_values.go:12:15: parameter name leaks to {storage for name} with derefs=0:
./runtime_error_values.go:12:15:   flow: {storage for name} = name:
./runtime_error_values.go:12:15:     from name (interface-converted) at ./runtime_error_values.go:21:15
./runtime_error_values.go:12:15: parameter name leaks to {storage for name} with derefs=0:
./runtime_error_values.go:12:15:   flow: {storage for name} = name:
./runtime_error_values.go:12:15:     from name (interface-converted) at ./runtime_error_values.go:19:15
./runtime_error_values.go:12:15: parameter name leaks to {storage for name} with derefs=0:
./runtime_error_values.go:12:15:   flow: {storage for name} = name:
./runtime_error_values.go:12:15:     from name (interface-converted) at ./runtime_error_values.go:17:15
./runtime_error_values.go:12:15: leaking param: name
./runtime_error_values.go:12:28: f does not escape
./runtime_error_values.go:26:8: moved to heap: re
./runtime_error_values.go:13:8: func literal does not escape
./runtime_error_values.go:17:14: ... argument does not escape
./runtime_error_values.go:17:15: name escapes to heap
./runtime_error_values.go:17:63: v.Error() escapes to heap
./runtime_error_values.go:19:14: ... argument does not escape
./runtime_error_values.go:19:15: name escapes to heap
./runtime_error_values.go:21:14: ... argument does not escape
./runtime_error_values.go:21:15: name escapes to heap
./runtime_error_values.go:21:15: v escapes to heap
./runtime_error_values.go:23:14: ... argument does not escape
./runtime_error_values.go:23:15: name escapes to heap
./runtime_error_values.go:27:15: ... argument does not escape
./runtime_error_values.go:27:16: "  errors.As runtime.Error:" escapes to heap
./runtime_error_values.go:27:55: errors.As(err, &re) escapes to heap
./runtime_error_values.go:27:84: strings.HasPrefix(err.Error(), "runtime error: ") escapes to heap
./runtime_error_values.go:53:59: s escapes to heap:
./runtime_error_values.go:53:59:   flow: {heap} = &{storage for s}:
./runtime_error_values.go:53:59:     from s (spill) at ./runtime_error_values.go:53:59
./runtime_error_values.go:53:59:     from map[interface {}]int{...} (map literal key) at ./runtime_error_values.go:53:57
./runtime_error_values.go:56:37: wg escapes to heap:
./runtime_error_values.go:56:37:   flow: {heap} = &wg:
./runtime_error_values.go:56:37:     from wg (address-of) at ./runtime_error_values.go:56:58
./runtime_error_values.go:56:37:     from (*sync.WaitGroup).Add(wg, -1) (call parameter) at ./runtime_error_values.go:56:62
./runtime_error_values.go:60:40: "text" escapes to heap:
./runtime_error_values.go:60:40:   flow: {heap} = &{storage for "text"}:
./runtime_error_values.go:60:40:     from "text" (spill) at ./runtime_error_values.go:60:40
./runtime_error_values.go:60:40:     from panic("text") (call parameter) at ./runtime_error_values.go:60:40
./runtime_error_values.go:61:37: 7 escapes to heap:
./runtime_error_values.go:61:37:   flow: {heap} = &{storage for 7}:
./runtime_error_values.go:61:37:     from 7 (spill) at ./runtime_error_values.go:61:37
./runtime_error_values.go:61:37:     from panic(7) (call parameter) at ./runtime_error_values.go:61:37
./runtime_error_values.go:36:2: main capturing by value: s (addr=false assign=false width=24)
./runtime_error_values.go:37:2: main capturing by value: i (addr=false assign=false width=8)
./runtime_error_values.go:36:2: main capturing by value: s (addr=false assign=false width=24)
./runtime_error_values.go:37:2: main capturing by value: i (addr=false assign=false width=8)
./runtime_error_values.go:37:2: main capturing by value: i (addr=false assign=false width=8)
./runtime_error_values.go:39:6: main capturing by value: p (addr=false assign=false width=8)
./runtime_error_values.go:37:2: main capturing by value: i (addr=false assign=false width=8)
./runtime_error_values.go:38:6: main capturing by value: m (addr=false assign=false width=8)
./runtime_error_values.go:41:2: main capturing by value: ch (addr=false assign=false width=8)
./runtime_error_values.go:41:2: main capturing by value: ch (addr=false assign=false width=8)
./runtime_error_values.go:40:6: main capturing by value: e (addr=false assign=false width=16)
./runtime_error_values.go:37:2: main capturing by value: i (addr=false assign=false width=8)
./runtime_error_values.go:36:2: main capturing by value: s (addr=false assign=false width=24)
./runtime_error_values.go:36:2: main capturing by value: s (addr=false assign=false width=24)
./runtime_error_values.go:37:2: main capturing by value: i (addr=false assign=false width=8)
./runtime_error_values.go:37:2: main capturing by value: i (addr=false assign=false width=8)
./runtime_error_values.go:52:41: make([]int, i - 4) escapes to heap:
./runtime_error_values.go:52:41:   flow: {heap} = &{storage for make([]int, i - 4)}:
./runtime_error_values.go:52:41:     from make([]int, i - 4) (non-constant size) at ./runtime_error_values.go:52:41
./runtime_error_values.go:63:17: re == nil escapes to heap:
./runtime_error_values.go:63:17:   flow: {storage for ... argument} = &{storage for re == nil}:
./runtime_error_values.go:63:17:     from re == nil (spill) at ./runtime_error_values.go:63:17
./runtime_error_values.go:63:17:     from ... argument (slice-literal-element) at ./runtime_error_values.go:63:13
./runtime_error_values.go:63:17:   flow: {heap} = {storage for ... argument}:
./runtime_error_values.go:63:17:     from ... argument (spill) at ./runtime_error_values.go:63:13
./runtime_error_values.go:63:17:     from fmt.Println(... argument...) (call parameter) at ./runtime_error_values.go:63:13
./runtime_error_values.go:36:12: []int{...} escapes to heap:
./runtime_error_values.go:36:12:   flow: s = &{storage for []int{...}}:
./runtime_error_values.go:36:12:     from []int{...} (spill) at ./runtime_error_values.go:36:12
./runtime_error_values.go:36:12:     from s := []int{...} (assign) at ./runtime_error_values.go:36:4
./runtime_error_values.go:36:12:   flow: {storage for s} = s:
./runtime_error_values.go:36:12:     from s (interface-converted) at ./runtime_error_values.go:53:59
./runtime_error_values.go:56:37: moved to heap: wg
./runtime_error_values.go:36:12: []int{...} escapes to heap
./runtime_error_values.go:40:6: "s" does not escape
./runtime_error_values.go:43:20: func literal does not escape
./runtime_error_values.go:44:20: func literal does not escape
./runtime_error_values.go:45:27: func literal does not escape
./runtime_error_values.go:46:24: func literal does not escape
./runtime_error_values.go:47:21: func literal does not escape
./runtime_error_values.go:48:22: func literal does not escape
./runtime_error_values.go:49:26: func literal does not escape
./runtime_error_values.go:50:27: func literal does not escape
./runtime_error_values.go:51:24: func literal does not escape
./runtime_error_values.go:52:24: func literal does not escape
./runtime_error_values.go:52:41: make([]int, i - 4) escapes to heap
./runtime_error_values.go:53:25: func literal does not escape
./runtime_error_values.go:53:57: map[interface {}]int{...} does not escape
./runtime_error_values.go:53:59: s escapes to heap
./runtime_error_values.go:54:27: func literal does not escape
./runtime_error_values.go:54:62: s does not escape
./runtime_error_values.go:54:62: s does not escape
./runtime_error_values.go:55:20: func literal does not escape
./runtime_error_values.go:56:24: func literal does not escape
./runtime_error_values.go:57:27: func literal does not escape
./runtime_error_values.go:58:21: func literal does not escape
./runtime_error_values.go:59:25: func literal does not escape
./runtime_error_values.go:60:26: func literal does not escape
./runtime_error_values.go:60:40: "text" escapes to heap
./runtime_error_values.go:61:23: func literal does not escape
./runtime_error_values.go:61:37: 7 escapes to heap
./runtime_error_values.go:63:13: ... argument does not escape
./runtime_error_values.go:63:17: re == nil escapes to heap
