./syntax_labels.go:64:14: "done" escapes to heap:
./syntax_labels.go:64:14:   flow: {storage for ... argument} = &{storage for "done"}:
./syntax_labels.go:64:14:     from "done" (spill) at ./syntax_labels.go:64:14
./syntax_labels.go:64:14:     from ... argument (slice-literal-element) at ./syntax_labels.go:64:13
./syntax_labels.go:64:14:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:64:14:     from ... argument (spill) at ./syntax_labels.go:64:13
./syntax_labels.go:64:14:     from fmt.Println(... argument...) (call parameter) at ./syntax_labels.go:64:13
./syntax_labels.go:54:16: v escapes to heap:
./syntax_labels.go:54:16:   flow: {storage for ... argument} = &{storage for v}:
./syntax_labels.go:54:16:     from v (spill) at ./syntax_labels.go:54:16
./syntax_labels.go:54:16:     from ... argument (slice-literal-element) at ./syntax_labels.go:54:15
./syntax_labels.go:54:16:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:54:16:     from ... argument (spill) at ./syntax_labels.go:54:15
./syntax_labels.go:54:16:     from fmt.Println(... argument...) (call parameter) at ./syntax_labels.go:54:15
./syntax_labels.go:54:16: "got" escapes to heap:
./syntax_labels.go:54:16:   flow: {storage for ... argument} = &{storage for "got"}:
./syntax_labels.go:54:16:     from "got" (spill) at ./syntax_labels.go:54:16
./syntax_labels.go:54:16:     from ... argument (slice-literal-element) at ./syntax_labels.go:54:15
./syntax_labels.go:54:16:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:54:16:     from ... argument (spill) at ./syntax_labels.go:54:15
./syntax_labels.go:54:16:     from fmt.Println(... argument...) (call parameter) at ./syntax_labels.go:54:15
./syntax_labels.go:42:13: found escapes to heap:
./syntax_labels.go:42:13:   flow: {storage for ... argument} = &{storage for found}:
./syntax_labels.go:42:13:     from found (spill) at ./syntax_labels.go:42:13
./syntax_labels.go:42:13:     from ... argument (slice-literal-element) at ./syntax_labels.go:42:13
./syntax_labels.go:42:13:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:42:13:     from ... argument (spill) at ./syntax_labels.go:42:13
./syntax_labels.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_labels.go:42:13
./syntax_labels.go:36:17: c escapes to heap:
./syntax_labels.go:36:17:   flow: {storage for ... argument} = &{storage for c}:
./syntax_labels.go:36:17:     from c (spill) at ./syntax_labels.go:36:17
./syntax_labels.go:36:17:     from ... argument (slice-literal-element) at ./syntax_labels.go:36:16
./syntax_labels.go:36:17:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:36:17:     from ... argument (spill) at ./syntax_labels.go:36:16
./syntax_labels.go:36:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_labels.go:36:16
./syntax_labels.go:36:17: r escapes to heap:
./syntax_labels.go:36:17:   flow: {storage for ... argument} = &{storage for r}:
./syntax_labels.go:36:17:     from r (spill) at ./syntax_labels.go:36:17
./syntax_labels.go:36:17:     from ... argument (slice-literal-element) at ./syntax_labels.go:36:16
./syntax_labels.go:36:17:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:36:17:     from ... argument (spill) at ./syntax_labels.go:36:16
./syntax_labels.go:36:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_labels.go:36:16
./syntax_labels.go:36:17: "negative at" escapes to heap:
./syntax_labels.go:36:17:   flow: {storage for ... argument} = &{storage for "negative at"}:
./syntax_labels.go:36:17:     from "negative at" (spill) at ./syntax_labels.go:36:17
./syntax_labels.go:36:17:     from ... argument (slice-literal-element) at ./syntax_labels.go:36:16
./syntax_labels.go:36:17:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:36:17:     from ... argument (spill) at ./syntax_labels.go:36:16
./syntax_labels.go:36:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_labels.go:36:16
./syntax_labels.go:28:15: "not reached" escapes to heap:
./syntax_labels.go:28:15:   flow: {storage for ... argument} = &{storage for "not reached"}:
./syntax_labels.go:28:15:     from "not reached" (spill) at ./syntax_labels.go:28:15
./syntax_labels.go:28:15:     from ... argument (slice-literal-element) at ./syntax_labels.go:28:14
./syntax_labels.go:28:15:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:28:15:     from ... argument (spill) at ./syntax_labels.go:28:14
./syntax_labels.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_labels.go:28:14
./syntax_labels.go:26:16: k escapes to heap:
./syntax_labels.go:26:16:   flow: {storage for ... argument} = &{storage for k}:
./syntax_labels.go:26:16:     from k (spill) at ./syntax_labels.go:26:16
./syntax_labels.go:26:16:     from ... argument (slice-literal-element) at ./syntax_labels.go:26:15
./syntax_labels.go:26:16:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:26:16:     from ... argument (spill) at ./syntax_labels.go:26:15
./syntax_labels.go:26:16:     from fmt.Println(... argument...) (call parameter) at ./syntax_labels.go:26:15
./syntax_labels.go:26:16: "k" escapes to heap:
./syntax_labels.go:26:16:   flow: {storage for ... argument} = &{storage for "k"}:
./syntax_labels.go:26:16:     from "k" (spill) at ./syntax_labels.go:26:16
./syntax_labels.go:26:16:     from ... argument (slice-literal-element) at ./syntax_labels.go:26:15
./syntax_labels.go:26:16:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:26:16:     from ... argument (spill) at ./syntax_labels.go:26:15
./syntax_labels.go:26:16:     from fmt.Println(... argument...) (call parameter) at ./syntax_labels.go:26:15
./syntax_labels.go:15:20: " " escapes to heap:
./syntax_labels.go:15:20:   flow: {storage for ... argument} = &{storage for " "}:
./syntax_labels.go:15:20:     from " " (spill) at ./syntax_labels.go:15:20
./syntax_labels.go:15:20:     from ... argument (slice-literal-element) at ./syntax_labels.go:15:13
./syntax_labels.go:15:20:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:15:20:     from ... argument (spill) at ./syntax_labels.go:15:13
./syntax_labels.go:15:20:     from fmt.Print(... argument...) (call parameter) at ./syntax_labels.go:15:13
./syntax_labels.go:15:13: j escapes to heap:
./syntax_labels.go:15:13:   flow: {storage for ... argument} = &{storage for j}:
./syntax_labels.go:15:13:     from j (spill) at ./syntax_labels.go:15:13
./syntax_labels.go:15:13:     from ... argument (slice-literal-element) at ./syntax_labels.go:15:13
./syntax_labels.go:15:13:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:15:13:     from ... argument (spill) at ./syntax_labels.go:15:13
./syntax_labels.go:15:13:     from fmt.Print(... argument...) (call parameter) at ./syntax_labels.go:15:13
./syntax_labels.go:15:13: i escapes to heap:
./syntax_labels.go:15:13:   flow: {storage for ... argument} = &{storage for i}:
./syntax_labels.go:15:13:     from i (spill) at ./syntax_labels.go:15:13
./syntax_labels.go:15:13:     from ... argument (slice-literal-element) at ./syntax_labels.go:15:13
./syntax_labels.go:15:13:   flow: {heap} = {storage for ... argument}:
./syntax_labels.go:15:13:     from ... argument (spill) at ./syntax_labels.go:15:13
./syntax_labels.go:15:13:     from fmt.Print(... argument...) (call parameter) at ./syntax_labels.go:15:13
./syntax_labels.go:15:13: ... argument does not escape
./syntax_labels.go:15:13: i escapes to heap
./syntax_labels.go:15:13: j escapes to heap
./syntax_labels.go:15:20: " " escapes to heap
./syntax_labels.go:26:15: ... argument does not escape
./syntax_labels.go:26:16: "k" escapes to heap
./syntax_labels.go:26:16: k escapes to heap
./syntax_labels.go:28:14: ... argument does not escape
./syntax_labels.go:28:15: "not reached" escapes to heap
./syntax_labels.go:30:17: [][]int{...} does not escape
./syntax_labels.go:30:18: []int{...} does not escape
./syntax_labels.go:30:26: []int{...} does not escape
./syntax_labels.go:30:35: []int{...} does not escape
./syntax_labels.go:36:16: ... argument does not escape
./syntax_labels.go:36:17: "negative at" escapes to heap
./syntax_labels.go:36:17: r escapes to heap
./syntax_labels.go:36:17: c escapes to heap
./syntax_labels.go:42:13: ... argument does not escape
./syntax_labels.go:42:13: found escapes to heap
./syntax_labels.go:54:15: ... argument does not escape
./syntax_labels.go:54:16: "got" escapes to heap
./syntax_labels.go:54:16: v escapes to heap
./syntax_labels.go:57:21: map[string]int{...} does not escape
./syntax_labels.go:64:13: ... argument does not escape
./syntax_labels.go:64:14: "done" escapes to heap
