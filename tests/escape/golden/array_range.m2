./array_range.go:58:14: last escapes to heap:
./array_range.go:58:14:   flow: {storage for ... argument} = &{storage for last}:
./array_range.go:58:14:     from last (spill) at ./array_range.go:58:14
./array_range.go:58:14:     from ... argument (slice-literal-element) at ./array_range.go:58:13
./array_range.go:58:14:   flow: {heap} = {storage for ... argument}:
./array_range.go:58:14:     from ... argument (spill) at ./array_range.go:58:13
./array_range.go:58:14:     from fmt.Println(... argument...) (call parameter) at ./array_range.go:58:13
./array_range.go:58:14: "last index" escapes to heap:
./array_range.go:58:14:   flow: {storage for ... argument} = &{storage for "last index"}:
./array_range.go:58:14:     from "last index" (spill) at ./array_range.go:58:14
./array_range.go:58:14:     from ... argument (slice-literal-element) at ./array_range.go:58:13
./array_range.go:58:14:   flow: {heap} = {storage for ... argument}:
./array_range.go:58:14:     from ... argument (spill) at ./array_range.go:58:13
./array_range.go:58:14:     from fmt.Println(... argument...) (call parameter) at ./array_range.go:58:13
./array_range.go:53:13: d escapes to heap:
./array_range.go:53:13:   flow: {storage for ... argument} = &{storage for d}:
./array_range.go:53:13:     from d (spill) at ./array_range.go:53:13
./array_range.go:53:13:     from ... argument (slice-literal-element) at ./array_range.go:53:13
./array_range.go:53:13:   flow: {heap} = {storage for ... argument}:
./array_range.go:53:13:     from ... argument (spill) at ./array_range.go:53:13
./array_range.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./array_range.go:53:13
./array_range.go:46:13: c escapes to heap:
./array_range.go:46:13:   flow: {storage for ... argument} = &{storage for c}:
./array_range.go:46:13:     from c (spill) at ./array_range.go:46:13
./array_range.go:46:13:     from ... argument (slice-literal-element) at ./array_range.go:46:13
./array_range.go:46:13:   flow: {heap} = {storage for ... argument}:
./array_range.go:46:13:     from ... argument (spill) at ./array_range.go:46:13
./array_range.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./array_range.go:46:13
./array_range.go:44:16: " " escapes to heap:
./array_range.go:44:16:   flow: {storage for ... argument} = &{storage for " "}:
./array_range.go:44:16:     from " " (spill) at ./array_range.go:44:16
./array_range.go:44:16:     from ... argument (slice-literal-element) at ./array_range.go:44:12
./array_range.go:44:16:   flow: {heap} = {storage for ... argument}:
./array_range.go:44:16:     from ... argument (spill) at ./array_range.go:44:12
./array_range.go:44:16:     from fmt.Print(... argument...) (call parameter) at ./array_range.go:44:12
./array_range.go:44:12: v escapes to heap:
./array_range.go:44:12:   flow: {storage for ... argument} = &{storage for v}:
./array_range.go:44:12:     from v (spill) at ./array_range.go:44:12
./array_range.go:44:12:     from ... argument (slice-literal-element) at ./array_range.go:44:12
./array_range.go:44:12:   flow: {heap} = {storage for ... argument}:
./array_range.go:44:12:     from ... argument (spill) at ./array_range.go:44:12
./array_range.go:44:12:     from fmt.Print(... argument...) (call parameter) at ./array_range.go:44:12
./array_range.go:35:13: b escapes to heap:
./array_range.go:35:13:   flow: {storage for ... argument} = &{storage for b}:
./array_range.go:35:13:     from b (spill) at ./array_range.go:35:13
./array_range.go:35:13:     from ... argument (slice-literal-element) at ./array_range.go:35:13
./array_range.go:35:13:   flow: {heap} = {storage for ... argument}:
./array_range.go:35:13:     from ... argument (spill) at ./array_range.go:35:13
./array_range.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./array_range.go:35:13
./array_range.go:33:16: " " escapes to heap:
./array_range.go:33:16:   flow: {storage for ... argument} = &{storage for " "}:
./array_range.go:33:16:     from " " (spill) at ./array_range.go:33:16
./array_range.go:33:16:     from ... argument (slice-literal-element) at ./array_range.go:33:12
./array_range.go:33:16:   flow: {heap} = {storage for ... argument}:
./array_range.go:33:16:     from ... argument (spill) at ./array_range.go:33:12
./array_range.go:33:16:     from fmt.Print(... argument...) (call parameter) at ./array_range.go:33:12
./array_range.go:33:12: v escapes to heap:
./array_range.go:33:12:   flow: {storage for ... argument} = &{storage for v}:
./array_range.go:33:12:     from v (spill) at ./array_range.go:33:12
./array_range.go:33:12:     from ... argument (slice-literal-element) at ./array_range.go:33:12
./array_range.go:33:12:   flow: {heap} = {storage for ... argument}:
./array_range.go:33:12:     from ... argument (spill) at ./array_range.go:33:12
./array_range.go:33:12:     from fmt.Print(... argument...) (call parameter) at ./array_range.go:33:12
./array_range.go:23:14: count escapes to heap:
./array_range.go:23:14:   flow: {storage for ... argument} = &{storage for count}:
./array_range.go:23:14:     from count (spill) at ./array_range.go:23:14
./array_range.go:23:14:     from ... argument (slice-literal-element) at ./array_range.go:23:13
./array_range.go:23:14:   flow: {heap} = {storage for ... argument}:
./array_range.go:23:14:     from ... argument (spill) at ./array_range.go:23:13
./array_range.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./array_range.go:23:13
./array_range.go:23:14: "count" escapes to heap:
./array_range.go:23:14:   flow: {storage for ... argument} = &{storage for "count"}:
./array_range.go:23:14:     from "count" (spill) at ./array_range.go:23:14
./array_range.go:23:14:     from ... argument (slice-literal-element) at ./array_range.go:23:13
./array_range.go:23:14:   flow: {heap} = {storage for ... argument}:
./array_range.go:23:14:     from ... argument (spill) at ./array_range.go:23:13
./array_range.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./array_range.go:23:13
./array_range.go:17:13: a escapes to heap:
./array_range.go:17:13:   flow: {storage for ... argument} = &{storage for a}:
./array_range.go:17:13:     from a (spill) at ./array_range.go:17:13
./array_range.go:17:13:     from ... argument (slice-literal-element) at ./array_range.go:17:13
./array_range.go:17:13:   flow: {heap} = {storage for ... argument}:
./array_range.go:17:13:     from ... argument (spill) at ./array_range.go:17:13
./array_range.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./array_range.go:17:13
./array_range.go:10:24: " " escapes to heap:
./array_range.go:10:24:   flow: {storage for ... argument} = &{storage for " "}:
./array_range.go:10:24:     from " " (spill) at ./array_range.go:10:24
./array_range.go:10:24:     from ... argument (slice-literal-element) at ./array_range.go:10:12
./array_range.go:10:24:   flow: {heap} = {storage for ... argument}:
./array_range.go:10:24:     from ... argument (spill) at ./array_range.go:10:12
./array_range.go:10:24:     from fmt.Print(... argument...) (call parameter) at ./array_range.go:10:12
./array_range.go:10:16: v escapes to heap:
./array_range.go:10:16:   flow: {storage for ... argument} = &{storage for v}:
./array_range.go:10:16:     from v (spill) at ./array_range.go:10:16
./array_range.go:10:16:     from ... argument (slice-literal-element) at ./array_range.go:10:12
./array_range.go:10:16:   flow: {heap} = {storage for ... argument}:
./array_range.go:10:16:     from ... argument (spill) at ./array_range.go:10:12
./array_range.go:10:16:     from fmt.Print(... argument...) (call parameter) at ./array_range.go:10:12
./array_range.go:10:16: ":" escapes to heap:
./array_range.go:10:16:   flow: {storage for ... argument} = &{storage for ":"}:
./array_range.go:10:16:     from ":" (spill) at ./array_range.go:10:16
./array_range.go:10:16:     from ... argument (slice-literal-element) at ./array_range.go:10:12
./array_range.go:10:16:   flow: {heap} = {storage for ... argument}:
./array_range.go:10:16:     from ... argument (spill) at ./array_range.go:10:12
./array_range.go:10:16:     from fmt.Print(... argument...) (call parameter) at ./array_range.go:10:12
./array_range.go:10:12: i escapes to heap:
./array_range.go:10:12:   flow: {storage for ... argument} = &{storage for i}:
./array_range.go:10:12:     from i (spill) at ./array_range.go:10:12
./array_range.go:10:12:     from ... argument (slice-literal-element) at ./array_range.go:10:12
./array_range.go:10:12:   flow: {heap} = {storage for ... argument}:
./array_range.go:10:12:     from ... argument (spill) at ./array_range.go:10:12
./array_range.go:10:12:     from fmt.Print(... argument...) (call parameter) at ./array_range.go:10:12
./array_range.go:10:12: ... argument does not escape
./array_range.go:10:12: i escapes to heap
./array_range.go:10:16: ":" escapes to heap
./array_range.go:10:16: v escapes to heap
./array_range.go:10:24: " " escapes to heap
./array_range.go:17:13: ... argument does not escape
./array_range.go:17:13: a escapes to heap
./array_range.go:23:13: ... argument does not escape
./array_range.go:23:14: "count" escapes to heap
./array_range.go:23:14: count escapes to heap
./array_range.go:33:12: ... argument does not escape
./array_range.go:33:12: v escapes to heap
./array_range.go:33:16: " " escapes to heap
./array_range.go:35:13: ... argument does not escape
./array_range.go:35:13: b escapes to heap
./array_range.go:44:12: ... argument does not escape
./array_range.go:44:12: v escapes to heap
./array_range.go:44:16: " " escapes to heap
./array_range.go:46:13: ... argument does not escape
./array_range.go:46:13: c escapes to heap
./array_range.go:53:13: ... argument does not escape
./array_range.go:53:13: d escapes to heap
./array_range.go:58:13: ... argument does not escape
./array_range.go:58:14: "last index" escapes to heap
./array_range.go:58:14: last escapes to heap
