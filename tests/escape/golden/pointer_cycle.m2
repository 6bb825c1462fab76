./pointer_cycle.go:27:14: &Ring{...} escapes to heap:
./pointer_cycle.go:27:14:   flow: {heap} = &{storage for &Ring{...}}:
./pointer_cycle.go:27:14:     from &Ring{...} (spill) at ./pointer_cycle.go:27:14
./pointer_cycle.go:27:14:     from cur.Next = &Ring{...} (assign) at ./pointer_cycle.go:27:12
./pointer_cycle.go:53:24: s.Me == s escapes to heap:
./pointer_cycle.go:53:24:   flow: {storage for ... argument} = &{storage for s.Me == s}:
./pointer_cycle.go:53:24:     from s.Me == s (spill) at ./pointer_cycle.go:53:24
./pointer_cycle.go:53:24:     from ... argument (slice-literal-element) at ./pointer_cycle.go:53:13
./pointer_cycle.go:53:24:   flow: {heap} = {storage for ... argument}:
./pointer_cycle.go:53:24:     from ... argument (spill) at ./pointer_cycle.go:53:13
./pointer_cycle.go:53:24:     from fmt.Println(... argument...) (call parameter) at ./pointer_cycle.go:53:13
./pointer_cycle.go:53:15: s.N escapes to heap:
./pointer_cycle.go:53:15:   flow: {storage for ... argument} = &{storage for s.N}:
./pointer_cycle.go:53:15:     from s.N (spill) at ./pointer_cycle.go:53:15
./pointer_cycle.go:53:15:     from ... argument (slice-literal-element) at ./pointer_cycle.go:53:13
./pointer_cycle.go:53:15:   flow: {heap} = {storage for ... argument}:
./pointer_cycle.go:53:15:     from ... argument (spill) at ./pointer_cycle.go:53:13
./pointer_cycle.go:53:15:     from fmt.Println(... argument...) (call parameter) at ./pointer_cycle.go:53:13
./pointer_cycle.go:50:7: &Self{...} escapes to heap:
./pointer_cycle.go:50:7:   flow: s = &{storage for &Self{...}}:
./pointer_cycle.go:50:7:     from &Self{...} (spill) at ./pointer_cycle.go:50:7
./pointer_cycle.go:50:7:     from s := &Self{...} (assign) at ./pointer_cycle.go:50:4
./pointer_cycle.go:50:7:   flow: {heap} = s:
./pointer_cycle.go:50:7:     from s.Me = s (assign) at ./pointer_cycle.go:51:7
./pointer_cycle.go:48:61: b.Prev.Next.Name escapes to heap:
./pointer_cycle.go:48:61:   flow: {storage for ... argument} = &{storage for b.Prev.Next.Name}:
./pointer_cycle.go:48:61:     from b.Prev.Next.Name (spill) at ./pointer_cycle.go:48:61
./pointer_cycle.go:48:61:     from ... argument (slice-literal-element) at ./pointer_cycle.go:48:13
./pointer_cycle.go:48:61:   flow: {heap} = {storage for ... argument}:
./pointer_cycle.go:48:61:     from ... argument (spill) at ./pointer_cycle.go:48:13
./pointer_cycle.go:48:61:     from fmt.Println(... argument...) (call parameter) at ./pointer_cycle.go:48:13
./pointer_cycle.go:48:44: a.Next.Next == a escapes to heap:
./pointer_cycle.go:48:44:   flow: {storage for ... argument} = &{storage for a.Next.Next == a}:
./pointer_cycle.go:48:44:     from a.Next.Next == a (spill) at ./pointer_cycle.go:48:44
./pointer_cycle.go:48:44:     from ... argument (slice-literal-element) at ./pointer_cycle.go:48:13
./pointer_cycle.go:48:44:   flow: {heap} = {storage for ... argument}:
./pointer_cycle.go:48:44:     from ... argument (spill) at ./pointer_cycle.go:48:13
./pointer_cycle.go:48:44:     from fmt.Println(... argument...) (call parameter) at ./pointer_cycle.go:48:13
./pointer_cycle.go:48:26: a.Next.Prev == a escapes to heap:
./pointer_cycle.go:48:26:   flow: {storage for ... argument} = &{storage for a.Next.Prev == a}:
./pointer_cycle.go:48:26:     from a.Next.Prev == a (spill) at ./pointer_cycle.go:48:26
./pointer_cycle.go:48:26:     from ... argument (slice-literal-element) at ./pointer_cycle.go:48:13
./pointer_cycle.go:48:26:   flow: {heap} = {storage for ... argument}:
./pointer_cycle.go:48:26:     from ... argument (spill) at ./pointer_cycle.go:48:13
./pointer_cycle.go:48:26:     from fmt.Println(... argument...) (call parameter) at ./pointer_cycle.go:48:13
./pointer_cycle.go:43:7: &DNode{...} escapes to heap:
./pointer_cycle.go:43:7:   flow: a = &{storage for &DNode{...}}:
./pointer_cycle.go:43:7:     from &DNode{...} (spill) at ./pointer_cycle.go:43:7
./pointer_cycle.go:43:7:     from a := &DNode{...} (assign) at ./pointer_cycle.go:43:4
./pointer_cycle.go:43:7:   flow: {heap} = a:
./pointer_cycle.go:43:7:     from b.Next = a (assign) at ./pointer_cycle.go:46:9
./pointer_cycle.go:44:7: &DNode{...} escapes to heap:
./pointer_cycle.go:44:7:   flow: b = &{storage for &DNode{...}}:
./pointer_cycle.go:44:7:     from &DNode{...} (spill) at ./pointer_cycle.go:44:7
./pointer_cycle.go:44:7:     from b := &DNode{...} (assign) at ./pointer_cycle.go:44:4
./pointer_cycle.go:44:7:   flow: {heap} = b:
./pointer_cycle.go:44:7:     from a.Next = b (assign) at ./pointer_cycle.go:45:9
./pointer_cycle.go:41:14: n escapes to heap:
./pointer_cycle.go:41:14:   flow: {storage for ... argument} = &{storage for n}:
./pointer_cycle.go:41:14:     from n (spill) at ./pointer_cycle.go:41:14
./pointer_cycle.go:41:14:     from ... argument (slice-literal-element) at ./pointer_cycle.go:41:13
./pointer_cycle.go:41:14:   flow: {heap} = {storage for ... argument}:
./pointer_cycle.go:41:14:     from ... argument (spill) at ./pointer_cycle.go:41:13
./pointer_cycle.go:41:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_cycle.go:41:13
./pointer_cycle.go:41:14: "ring size" escapes to heap:
./pointer_cycle.go:41:14:   flow: {storage for ... argument} = &{storage for "ring size"}:
./pointer_cycle.go:41:14:     from "ring size" (spill) at ./pointer_cycle.go:41:14
./pointer_cycle.go:41:14:     from ... argument (slice-literal-element) at ./pointer_cycle.go:41:13
./pointer_cycle.go:41:14:   flow: {heap} = {storage for ... argument}:
./pointer_cycle.go:41:14:     from ... argument (spill) at ./pointer_cycle.go:41:13
./pointer_cycle.go:41:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_cycle.go:41:13
./pointer_cycle.go:33:18: " " escapes to heap:
./pointer_cycle.go:33:18:   flow: {storage for ... argument} = &{storage for " "}:
./pointer_cycle.go:33:18:     from " " (spill) at ./pointer_cycle.go:33:18
./pointer_cycle.go:33:18:     from ... argument (slice-literal-element) at ./pointer_cycle.go:33:12
./pointer_cycle.go:33:18:   flow: {heap} = {storage for ... argument}:
./pointer_cycle.go:33:18:     from ... argument (spill) at ./pointer_cycle.go:33:12
./pointer_cycle.go:33:18:     from fmt.Print(... argument...) (call parameter) at ./pointer_cycle.go:33:12
./pointer_cycle.go:33:14: p.V escapes to heap:
./pointer_cycle.go:33:14:   flow: {storage for ... argument} = &{storage for p.V}:
./pointer_cycle.go:33:14:     from p.V (spill) at ./pointer_cycle.go:33:14
./pointer_cycle.go:33:14:     from ... argument (slice-literal-element) at ./pointer_cycle.go:33:12
./pointer_cycle.go:33:14:   flow: {heap} = {storage for ... argument}:
./pointer_cycle.go:33:14:     from ... argument (spill) at ./pointer_cycle.go:33:12
./pointer_cycle.go:33:14:     from fmt.Print(... argument...) (call parameter) at ./pointer_cycle.go:33:12
./pointer_cycle.go:24:11: &Ring{...} escapes to heap:
./pointer_cycle.go:24:11:   flow: first = &{storage for &Ring{...}}:
./pointer_cycle.go:24:11:     from &Ring{...} (spill) at ./pointer_cycle.go:24:11
./pointer_cycle.go:24:11:     from first := &Ring{...} (assign) at ./pointer_cycle.go:24:8
./pointer_cycle.go:24:11:   flow: {heap} = first:
./pointer_cycle.go:24:11:     from cur.Next = first (assign) at ./pointer_cycle.go:30:11
./pointer_cycle.go:24:11: &Ring{...} escapes to heap
./pointer_cycle.go:27:14: &Ring{...} escapes to heap
./pointer_cycle.go:33:12: ... argument does not escape
./pointer_cycle.go:33:14: p.V escapes to heap
./pointer_cycle.go:33:18: " " escapes to heap
./pointer_cycle.go:41:13: ... argument does not escape
./pointer_cycle.go:41:14: "ring size" escapes to heap
./pointer_cycle.go:41:14: n escapes to heap
./pointer_cycle.go:43:7: &DNode{...} escapes to heap
./pointer_cycle.go:44:7: &DNode{...} escapes to heap
./pointer_cycle.go:48:13: ... argument does not escape
./pointer_cycle.go:48:26: a.Next.Prev == a escapes to heap
./pointer_cycle.go:48:44: a.Next.Next == a escapes to heap
./pointer_cycle.go:48:61: b.Prev.Next.Name escapes to heap
./pointer_cycle.go:50:7: &Self{...} escapes to heap
./pointer_cycle.go:53:13: ... argument does not escape
./pointer_cycle.go:53:15: s.N escapes to heap
./pointer_cycle.go:53:24: s.Me == s escapes to heap
