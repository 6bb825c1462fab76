./func_eval_order.go:10:8: parameter name leaks to {heap} with derefs=0:
./func_eval_order.go:10:8:   flow: {heap} = name:
./func_eval_order.go:10:8:     from log += name (assign) at ./func_eval_order.go:11:6
./func_eval_order.go:10:8: leaking param: name
./func_eval_order.go:15:8: parameter name leaks to {heap} with derefs=0:
./func_eval_order.go:15:8:   flow: {heap} = name:
./func_eval_order.go:15:8:     from log += name (assign) at ./func_eval_order.go:16:6
./func_eval_order.go:15:8: parameter name leaks to ~r0 with derefs=0:
./func_eval_order.go:15:8:   flow: ~r0 = name:
./func_eval_order.go:15:8:     from return name (return) at ./func_eval_order.go:17:2
./func_eval_order.go:15:8: leaking param: name
./func_eval_order.go:40:13: log escapes to heap:
./func_eval_order.go:40:13:   flow: {storage for ... argument} = &{storage for log}:
./func_eval_order.go:40:13:     from log (spill) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13:     from ... argument (slice-literal-element) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:40:13:     from ... argument (spill) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13: b escapes to heap:
./func_eval_order.go:40:13:   flow: {storage for ... argument} = &{storage for b}:
./func_eval_order.go:40:13:     from b (spill) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13:     from ... argument (slice-literal-element) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:40:13:     from ... argument (spill) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13: a escapes to heap:
./func_eval_order.go:40:13:   flow: {storage for ... argument} = &{storage for a}:
./func_eval_order.go:40:13:     from a (spill) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13:     from ... argument (slice-literal-element) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:40:13:     from ... argument (spill) at ./func_eval_order.go:40:13
./func_eval_order.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:40:13
./func_eval_order.go:37:13: log escapes to heap:
./func_eval_order.go:37:13:   flow: {storage for ... argument} = &{storage for log}:
./func_eval_order.go:37:13:     from log (spill) at ./func_eval_order.go:37:13
./func_eval_order.go:37:13:     from ... argument (slice-literal-element) at ./func_eval_order.go:37:13
./func_eval_order.go:37:13:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:37:13:     from ... argument (spill) at ./func_eval_order.go:37:13
./func_eval_order.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:37:13
./func_eval_order.go:36:37: s("o") escapes to heap:
./func_eval_order.go:36:37:   flow: {storage for ... argument} = &{storage for s("o")}:
./func_eval_order.go:36:37:     from s("o") (spill) at ./func_eval_order.go:36:37
./func_eval_order.go:36:37:     from ... argument (slice-literal-element) at ./func_eval_order.go:36:13
./func_eval_order.go:36:37:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:36:37:     from ... argument (spill) at ./func_eval_order.go:36:13
./func_eval_order.go:36:37:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:36:13
./func_eval_order.go:36:26: v("n", 2) escapes to heap:
./func_eval_order.go:36:26:   flow: {storage for ... argument} = &{storage for v("n", 2)}:
./func_eval_order.go:36:26:     from v("n", 2) (spill) at ./func_eval_order.go:36:26
./func_eval_order.go:36:26:     from ... argument (slice-literal-element) at ./func_eval_order.go:36:13
./func_eval_order.go:36:26:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:36:26:     from ... argument (spill) at ./func_eval_order.go:36:13
./func_eval_order.go:36:26:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:36:13
./func_eval_order.go:36:15: v("m", 1) escapes to heap:
./func_eval_order.go:36:15:   flow: {storage for ... argument} = &{storage for v("m", 1)}:
./func_eval_order.go:36:15:     from v("m", 1) (spill) at ./func_eval_order.go:36:15
./func_eval_order.go:36:15:     from ... argument (slice-literal-element) at ./func_eval_order.go:36:13
./func_eval_order.go:36:15:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:36:15:     from ... argument (spill) at ./func_eval_order.go:36:13
./func_eval_order.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:36:13
./func_eval_order.go:33:15: log escapes to heap:
./func_eval_order.go:33:15:   flow: {storage for ... argument} = &{storage for log}:
./func_eval_order.go:33:15:     from log (spill) at ./func_eval_order.go:33:15
./func_eval_order.go:33:15:     from ... argument (slice-literal-element) at ./func_eval_order.go:33:14
./func_eval_order.go:33:15:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:33:15:     from ... argument (spill) at ./func_eval_order.go:33:14
./func_eval_order.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:33:14
./func_eval_order.go:33:15: "cond" escapes to heap:
./func_eval_order.go:33:15:   flow: {storage for ... argument} = &{storage for "cond"}:
./func_eval_order.go:33:15:     from "cond" (spill) at ./func_eval_order.go:33:15
./func_eval_order.go:33:15:     from ... argument (slice-literal-element) at ./func_eval_order.go:33:14
./func_eval_order.go:33:15:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:33:15:     from ... argument (spill) at ./func_eval_order.go:33:14
./func_eval_order.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:33:14
./func_eval_order.go:30:13: log escapes to heap:
./func_eval_order.go:30:13:   flow: {storage for ... argument} = &{storage for log}:
./func_eval_order.go:30:13:     from log (spill) at ./func_eval_order.go:30:13
./func_eval_order.go:30:13:     from ... argument (slice-literal-element) at ./func_eval_order.go:30:13
./func_eval_order.go:30:13:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:30:13:     from ... argument (spill) at ./func_eval_order.go:30:13
./func_eval_order.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:30:13
./func_eval_order.go:30:13: str escapes to heap:
./func_eval_order.go:30:13:   flow: {storage for ... argument} = &{storage for str}:
./func_eval_order.go:30:13:     from str (spill) at ./func_eval_order.go:30:13
./func_eval_order.go:30:13:     from ... argument (slice-literal-element) at ./func_eval_order.go:30:13
./func_eval_order.go:30:13:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:30:13:     from ... argument (spill) at ./func_eval_order.go:30:13
./func_eval_order.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:30:13
./func_eval_order.go:27:13: log escapes to heap:
./func_eval_order.go:27:13:   flow: {storage for ... argument} = &{storage for log}:
./func_eval_order.go:27:13:     from log (spill) at ./func_eval_order.go:27:13
./func_eval_order.go:27:13:     from ... argument (slice-literal-element) at ./func_eval_order.go:27:13
./func_eval_order.go:27:13:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:27:13:     from ... argument (spill) at ./func_eval_order.go:27:13
./func_eval_order.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:27:13
./func_eval_order.go:27:13: x escapes to heap:
./func_eval_order.go:27:13:   flow: {storage for ... argument} = &{storage for x}:
./func_eval_order.go:27:13:     from x (spill) at ./func_eval_order.go:27:13
./func_eval_order.go:27:13:     from ... argument (slice-literal-element) at ./func_eval_order.go:27:13
./func_eval_order.go:27:13:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:27:13:     from ... argument (spill) at ./func_eval_order.go:27:13
./func_eval_order.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:27:13
./func_eval_order.go:24:13: log escapes to heap:
./func_eval_order.go:24:13:   flow: {storage for ... argument} = &{storage for log}:
./func_eval_order.go:24:13:     from log (spill) at ./func_eval_order.go:24:13
./func_eval_order.go:24:13:     from ... argument (slice-literal-element) at ./func_eval_order.go:24:13
./func_eval_order.go:24:13:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:24:13:     from ... argument (spill) at ./func_eval_order.go:24:13
./func_eval_order.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:24:13
./func_eval_order.go:24:13: r escapes to heap:
./func_eval_order.go:24:13:   flow: {storage for ... argument} = &{storage for r}:
./func_eval_order.go:24:13:     from r (spill) at ./func_eval_order.go:24:13
./func_eval_order.go:24:13:     from ... argument (slice-literal-element) at ./func_eval_order.go:24:13
./func_eval_order.go:24:13:   flow: {heap} = {storage for ... argument}:
./func_eval_order.go:24:13:     from ... argument (spill) at ./func_eval_order.go:24:13
./func_eval_order.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./func_eval_order.go:24:13
./func_eval_order.go:29:25: s("p") + s("q") + s("r") escapes to heap:
./func_eval_order.go:29:25:   flow: str = &{storage for s("p") + s("q") + s("r")}:
./func_eval_order.go:29:25:     from s("p") + s("q") + s("r") (spill) at ./func_eval_order.go:29:25
./func_eval_order.go:29:25:     from str := s("p") + s("q") + s("r") (assign) at ./func_eval_order.go:29:6
./func_eval_order.go:29:25:   flow: {storage for str} = str:
./func_eval_order.go:29:25:     from str (interface-converted) at ./func_eval_order.go:30:13
./func_eval_order.go:24:13: ... argument does not escape
./func_eval_order.go:24:13: r escapes to heap
./func_eval_order.go:24:13: log escapes to heap
./func_eval_order.go:27:13: ... argument does not escape
./func_eval_order.go:27:13: x escapes to heap
./func_eval_order.go:27:13: log escapes to heap
./func_eval_order.go:29:25: s("p") + s("q") + s("r") escapes to heap
./func_eval_order.go:30:13: ... argument does not escape
./func_eval_order.go:30:13: str escapes to heap
./func_eval_order.go:30:13: log escapes to heap
./func_eval_order.go:33:14: ... argument does not escape
./func_eval_order.go:33:15: "cond" escapes to heap
./func_eval_order.go:33:15: log escapes to heap
./func_eval_order.go:36:13: ... argument does not escape
./func_eval_order.go:36:15: v("m", 1) escapes to heap
./func_eval_order.go:36:26: v("n", 2) escapes to heap
./func_eval_order.go:36:37: s("o") escapes to heap
./func_eval_order.go:37:13: ... argument does not escape
./func_eval_order.go:37:13: log escapes to heap
./func_eval_order.go:40:13: ... argument does not escape
./func_eval_order.go:40:13: a escapes to heap
./func_eval_order.go:40:13: b escapes to heap
./func_eval_order.go:40:13: log escapes to heap
