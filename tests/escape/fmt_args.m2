./fmt_args.go:6:2: x escapes to heap:
./fmt_args.go:6:2:   flow: {storage for ... argument} = &x:
./fmt_args.go:6:2:     from &x (address-of) at ./fmt_args.go:17:14
./fmt_args.go:6:2:     from &x (interface-converted) at ./fmt_args.go:17:14
./fmt_args.go:6:2:     from ... argument (slice-literal-element) at ./fmt_args.go:17:13
./fmt_args.go:6:2:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:6:2:     from ... argument (spill) at ./fmt_args.go:17:13
./fmt_args.go:6:2:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:17:13
./fmt_args.go:16:23: 2.5 escapes to heap:
./fmt_args.go:16:23:   flow: {storage for ... argument} = &{storage for 2.5}:
./fmt_args.go:16:23:     from 2.5 (spill) at ./fmt_args.go:16:23
./fmt_args.go:16:23:     from ... argument (slice-literal-element) at ./fmt_args.go:16:13
./fmt_args.go:16:23:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:16:23:     from ... argument (spill) at ./fmt_args.go:16:13
./fmt_args.go:16:23:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:16:13
./fmt_args.go:16:17: true escapes to heap:
./fmt_args.go:16:17:   flow: {storage for ... argument} = &{storage for true}:
./fmt_args.go:16:17:     from true (spill) at ./fmt_args.go:16:17
./fmt_args.go:16:17:     from ... argument (slice-literal-element) at ./fmt_args.go:16:13
./fmt_args.go:16:17:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:16:17:     from ... argument (spill) at ./fmt_args.go:16:13
./fmt_args.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:16:13
./fmt_args.go:16:14: 1 escapes to heap:
./fmt_args.go:16:14:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_args.go:16:14:     from 1 (spill) at ./fmt_args.go:16:14
./fmt_args.go:16:14:     from ... argument (slice-literal-element) at ./fmt_args.go:16:13
./fmt_args.go:16:14:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:16:14:     from ... argument (spill) at ./fmt_args.go:16:13
./fmt_args.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:16:13
./fmt_args.go:15:13: v escapes to heap:
./fmt_args.go:15:13:   flow: {storage for ... argument} = &{storage for v}:
./fmt_args.go:15:13:     from v (spill) at ./fmt_args.go:15:13
./fmt_args.go:15:13:     from ... argument (slice-literal-element) at ./fmt_args.go:15:13
./fmt_args.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:15:13:     from ... argument (spill) at ./fmt_args.go:15:13
./fmt_args.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:15:13
./fmt_args.go:14:17: x escapes to heap:
./fmt_args.go:14:17:   flow: {storage for ... argument} = &{storage for x}:
./fmt_args.go:14:17:     from x (spill) at ./fmt_args.go:14:17
./fmt_args.go:14:17:     from ... argument (slice-literal-element) at ./fmt_args.go:14:17
./fmt_args.go:14:17:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:14:17:     from ... argument (spill) at ./fmt_args.go:14:17
./fmt_args.go:14:17:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_args.go:14:17
./fmt_args.go:13:18: "k" escapes to heap:
./fmt_args.go:13:18:   flow: {storage for ... argument} = &{storage for "k"}:
./fmt_args.go:13:18:     from "k" (spill) at ./fmt_args.go:13:18
./fmt_args.go:13:18:     from ... argument (slice-literal-element) at ./fmt_args.go:13:11
./fmt_args.go:13:18:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:13:18:     from ... argument (spill) at ./fmt_args.go:13:11
./fmt_args.go:13:18:     from fmt.Print(... argument...) (call parameter) at ./fmt_args.go:13:11
./fmt_args.go:13:11: x escapes to heap:
./fmt_args.go:13:11:   flow: {storage for ... argument} = &{storage for x}:
./fmt_args.go:13:11:     from x (spill) at ./fmt_args.go:13:11
./fmt_args.go:13:11:     from ... argument (slice-literal-element) at ./fmt_args.go:13:11
./fmt_args.go:13:11:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:13:11:     from ... argument (spill) at ./fmt_args.go:13:11
./fmt_args.go:13:11:     from fmt.Print(... argument...) (call parameter) at ./fmt_args.go:13:11
./fmt_args.go:13:11: s escapes to heap:
./fmt_args.go:13:11:   flow: {storage for ... argument} = &{storage for s}:
./fmt_args.go:13:11:     from s (spill) at ./fmt_args.go:13:11
./fmt_args.go:13:11:     from ... argument (slice-literal-element) at ./fmt_args.go:13:11
./fmt_args.go:13:11:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:13:11:     from ... argument (spill) at ./fmt_args.go:13:11
./fmt_args.go:13:11:     from fmt.Print(... argument...) (call parameter) at ./fmt_args.go:13:11
./fmt_args.go:12:22: x + 1 escapes to heap:
./fmt_args.go:12:22:   flow: {storage for ... argument} = &{storage for x + 1}:
./fmt_args.go:12:22:     from x + 1 (spill) at ./fmt_args.go:12:22
./fmt_args.go:12:22:     from ... argument (slice-literal-element) at ./fmt_args.go:12:12
./fmt_args.go:12:22:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:12:22:     from ... argument (spill) at ./fmt_args.go:12:12
./fmt_args.go:12:22:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_args.go:12:12
./fmt_args.go:11:13: s escapes to heap:
./fmt_args.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_args.go:11:13:     from s (spill) at ./fmt_args.go:11:13
./fmt_args.go:11:13:     from ... argument (slice-literal-element) at ./fmt_args.go:11:12
./fmt_args.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:11:13:     from ... argument (spill) at ./fmt_args.go:11:12
./fmt_args.go:11:13:     from fmt.Printf("%d %s\n", ... argument...) (call parameter) at ./fmt_args.go:11:12
./fmt_args.go:11:13: x escapes to heap:
./fmt_args.go:11:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_args.go:11:13:     from x (spill) at ./fmt_args.go:11:13
./fmt_args.go:11:13:     from ... argument (slice-literal-element) at ./fmt_args.go:11:12
./fmt_args.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:11:13:     from ... argument (spill) at ./fmt_args.go:11:12
./fmt_args.go:11:13:     from fmt.Printf("%d %s\n", ... argument...) (call parameter) at ./fmt_args.go:11:12
./fmt_args.go:10:14: x escapes to heap:
./fmt_args.go:10:14:   flow: {storage for ... argument} = &{storage for x}:
./fmt_args.go:10:14:     from x (spill) at ./fmt_args.go:10:14
./fmt_args.go:10:14:     from ... argument (slice-literal-element) at ./fmt_args.go:10:13
./fmt_args.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:10:14:     from ... argument (spill) at ./fmt_args.go:10:13
./fmt_args.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:10:13
./fmt_args.go:10:14: "a" escapes to heap:
./fmt_args.go:10:14:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_args.go:10:14:     from "a" (spill) at ./fmt_args.go:10:14
./fmt_args.go:10:14:     from ... argument (slice-literal-element) at ./fmt_args.go:10:13
./fmt_args.go:10:14:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:10:14:     from ... argument (spill) at ./fmt_args.go:10:13
./fmt_args.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:10:13
./fmt_args.go:9:13: s escapes to heap:
./fmt_args.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_args.go:9:13:     from s (spill) at ./fmt_args.go:9:13
./fmt_args.go:9:13:     from ... argument (slice-literal-element) at ./fmt_args.go:9:13
./fmt_args.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:9:13:     from ... argument (spill) at ./fmt_args.go:9:13
./fmt_args.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:9:13
./fmt_args.go:9:13: x escapes to heap:
./fmt_args.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_args.go:9:13:     from x (spill) at ./fmt_args.go:9:13
./fmt_args.go:9:13:     from ... argument (slice-literal-element) at ./fmt_args.go:9:13
./fmt_args.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:9:13:     from ... argument (spill) at ./fmt_args.go:9:13
./fmt_args.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:9:13
./fmt_args.go:8:13: x escapes to heap:
./fmt_args.go:8:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_args.go:8:13:     from x (spill) at ./fmt_args.go:8:13
./fmt_args.go:8:13:     from ... argument (slice-literal-element) at ./fmt_args.go:8:13
./fmt_args.go:8:13:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:8:13:     from ... argument (spill) at ./fmt_args.go:8:13
./fmt_args.go:8:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:8:13
./fmt_args.go:6:2: moved to heap: x
./fmt_args.go:8:13: ... argument does not escape
./fmt_args.go:8:13: x escapes to heap
./fmt_args.go:9:13: ... argument does not escape
./fmt_args.go:9:13: x escapes to heap
./fmt_args.go:9:13: s escapes to heap
./fmt_args.go:10:13: ... argument does not escape
./fmt_args.go:10:14: "a" escapes to heap
./fmt_args.go:10:14: x escapes to heap
./fmt_args.go:11:12: ... argument does not escape
./fmt_args.go:11:13: x escapes to heap
./fmt_args.go:11:13: s escapes to heap
./fmt_args.go:12:12: ... argument does not escape
./fmt_args.go:12:22: x + 1 escapes to heap
./fmt_args.go:13:11: ... argument does not escape
./fmt_args.go:13:11: s escapes to heap
./fmt_args.go:13:11: x escapes to heap
./fmt_args.go:13:18: "k" escapes to heap
./fmt_args.go:14:17: ... argument does not escape
./fmt_args.go:14:17: x escapes to heap
./fmt_args.go:15:13: ... argument does not escape
./fmt_args.go:15:13: v escapes to heap
./fmt_args.go:16:13: ... argument does not escape
./fmt_args.go:16:14: 1 escapes to heap
./fmt_args.go:16:17: true escapes to heap
./fmt_args.go:16:23: 2.5 escapes to heap
./fmt_args.go:17:13: ... argument does not escape
