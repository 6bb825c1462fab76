./closure_immediate_results.go:8:2: main capturing by ref: x (addr=false assign=true width=8)
./closure_immediate_results.go:8:2: main capturing by ref: x (addr=true assign=true width=8)
./closure_immediate_results.go:8:2: main capturing by ref: x (addr=true assign=true width=8)
./closure_immediate_results.go:24:2: main capturing by ref: total (addr=false assign=true width=8)
./closure_immediate_results.go:28:13: total escapes to heap:
./closure_immediate_results.go:28:13:   flow: {storage for ... argument} = &{storage for total}:
./closure_immediate_results.go:28:13:     from total (spill) at ./closure_immediate_results.go:28:13
./closure_immediate_results.go:28:13:     from ... argument (slice-literal-element) at ./closure_immediate_results.go:28:13
./closure_immediate_results.go:28:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate_results.go:28:13:     from ... argument (spill) at ./closure_immediate_results.go:28:13
./closure_immediate_results.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate_results.go:28:13
./closure_immediate_results.go:23:13: x escapes to heap:
./closure_immediate_results.go:23:13:   flow: {storage for ... argument} = &{storage for x}:
./closure_immediate_results.go:23:13:     from x (spill) at ./closure_immediate_results.go:23:13
./closure_immediate_results.go:23:13:     from ... argument (slice-literal-element) at ./closure_immediate_results.go:23:13
./closure_immediate_results.go:23:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate_results.go:23:13:     from ... argument (spill) at ./closure_immediate_results.go:23:13
./closure_immediate_results.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate_results.go:23:13
./closure_immediate_results.go:19:13: s escapes to heap:
./closure_immediate_results.go:19:13:   flow: {storage for ... argument} = &{storage for s}:
./closure_immediate_results.go:19:13:     from s (spill) at ./closure_immediate_results.go:19:13
./closure_immediate_results.go:19:13:     from ... argument (slice-literal-element) at ./closure_immediate_results.go:19:13
./closure_immediate_results.go:19:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate_results.go:19:13:     from ... argument (spill) at ./closure_immediate_results.go:19:13
./closure_immediate_results.go:19:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate_results.go:19:13
./closure_immediate_results.go:15:34: i * x escapes to heap:
./closure_immediate_results.go:15:34:   flow: {storage for ... argument} = &{storage for i * x}:
./closure_immediate_results.go:15:34:     from i * x (spill) at ./closure_immediate_results.go:15:34
./closure_immediate_results.go:15:34:     from ... argument (slice-literal-element) at ./closure_immediate_results.go:15:32
./closure_immediate_results.go:15:34:   flow: {heap} = {storage for ... argument}:
./closure_immediate_results.go:15:34:     from ... argument (spill) at ./closure_immediate_results.go:15:32
./closure_immediate_results.go:15:34:     from fmt.Sprint(... argument...) (call parameter) at ./closure_immediate_results.go:15:32
./closure_immediate_results.go:11:13: r escapes to heap:
./closure_immediate_results.go:11:13:   flow: {storage for ... argument} = &{storage for r}:
./closure_immediate_results.go:11:13:     from r (spill) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13:     from ... argument (slice-literal-element) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate_results.go:11:13:     from ... argument (spill) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13: q escapes to heap:
./closure_immediate_results.go:11:13:   flow: {storage for ... argument} = &{storage for q}:
./closure_immediate_results.go:11:13:     from q (spill) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13:     from ... argument (slice-literal-element) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate_results.go:11:13:     from ... argument (spill) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13: y escapes to heap:
./closure_immediate_results.go:11:13:   flow: {storage for ... argument} = &{storage for y}:
./closure_immediate_results.go:11:13:     from y (spill) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13:     from ... argument (slice-literal-element) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate_results.go:11:13:     from ... argument (spill) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate_results.go:11:13
./closure_immediate_results.go:9:7: func literal does not escape
./closure_immediate_results.go:10:10: func literal does not escape
./closure_immediate_results.go:11:13: ... argument does not escape
./closure_immediate_results.go:11:13: y escapes to heap
./closure_immediate_results.go:11:13: q escapes to heap
./closure_immediate_results.go:11:13: r escapes to heap
./closure_immediate_results.go:12:7: func literal does not escape
./closure_immediate_results.go:15:32: ... argument does not escape
./closure_immediate_results.go:15:34: i * x escapes to heap
./closure_immediate_results.go:19:13: ... argument does not escape
./closure_immediate_results.go:19:13: s escapes to heap
./closure_immediate_results.go:20:2: func literal does not escape
./closure_immediate_results.go:23:13: ... argument does not escape
./closure_immediate_results.go:23:13: x escapes to heap
./closure_immediate_results.go:26:3: func literal does not escape
./closure_immediate_results.go:28:13: ... argument does not escape
./closure_immediate_results.go:28:13: total escapes to heap
