./deadcode.go:46:15: "loop" escapes to heap:
./deadcode.go:46:15:   flow: {storage for ... argument} = &{storage for "loop"}:
./deadcode.go:46:15:     from "loop" (spill) at ./deadcode.go:46:15
./deadcode.go:46:15:     from ... argument (slice-literal-element) at ./deadcode.go:46:14
./deadcode.go:46:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:46:15:     from ... argument (spill) at ./deadcode.go:46:14
./deadcode.go:46:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:46:14
./deadcode.go:43:15: n escapes to heap:
./deadcode.go:43:15:   flow: {storage for ... argument} = &{storage for n}:
./deadcode.go:43:15:     from n (spill) at ./deadcode.go:43:15
./deadcode.go:43:15:     from ... argument (slice-literal-element) at ./deadcode.go:43:14
./deadcode.go:43:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:43:15:     from ... argument (spill) at ./deadcode.go:43:14
./deadcode.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:43:14
./deadcode.go:43:15: "runtime" escapes to heap:
./deadcode.go:43:15:   flow: {storage for ... argument} = &{storage for "runtime"}:
./deadcode.go:43:15:     from "runtime" (spill) at ./deadcode.go:43:15
./deadcode.go:43:15:     from ... argument (slice-literal-element) at ./deadcode.go:43:14
./deadcode.go:43:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:43:15:     from ... argument (spill) at ./deadcode.go:43:14
./deadcode.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:43:14
./deadcode.go:39:15: n escapes to heap:
./deadcode.go:39:15:   flow: {storage for ... argument} = &{storage for n}:
./deadcode.go:39:15:     from n (spill) at ./deadcode.go:39:15
./deadcode.go:39:15:     from ... argument (slice-literal-element) at ./deadcode.go:39:14
./deadcode.go:39:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:39:15:     from ... argument (spill) at ./deadcode.go:39:14
./deadcode.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:39:14
./deadcode.go:39:15: "kept" escapes to heap:
./deadcode.go:39:15:   flow: {storage for ... argument} = &{storage for "kept"}:
./deadcode.go:39:15:     from "kept" (spill) at ./deadcode.go:39:15
./deadcode.go:39:15:     from ... argument (slice-literal-element) at ./deadcode.go:39:14
./deadcode.go:39:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:39:15:     from ... argument (spill) at ./deadcode.go:39:14
./deadcode.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:39:14
./deadcode.go:36:15: "falls" escapes to heap:
./deadcode.go:36:15:   flow: {storage for ... argument} = &{storage for "falls"}:
./deadcode.go:36:15:     from "falls" (spill) at ./deadcode.go:36:15
./deadcode.go:36:15:     from ... argument (slice-literal-element) at ./deadcode.go:36:14
./deadcode.go:36:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:36:15:     from ... argument (spill) at ./deadcode.go:36:14
./deadcode.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:36:14
./deadcode.go:32:15: "3" escapes to heap:
./deadcode.go:32:15:   flow: {storage for ... argument} = &{storage for "3"}:
./deadcode.go:32:15:     from "3" (spill) at ./deadcode.go:32:15
./deadcode.go:32:15:     from ... argument (slice-literal-element) at ./deadcode.go:32:14
./deadcode.go:32:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:32:15:     from ... argument (spill) at ./deadcode.go:32:14
./deadcode.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:32:14
./deadcode.go:26:15: "yes" escapes to heap:
./deadcode.go:26:15:   flow: {storage for ... argument} = &{storage for "yes"}:
./deadcode.go:26:15:     from "yes" (spill) at ./deadcode.go:26:15
./deadcode.go:26:15:     from ... argument (slice-literal-element) at ./deadcode.go:26:14
./deadcode.go:26:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:26:15:     from ... argument (spill) at ./deadcode.go:26:14
./deadcode.go:26:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:26:14
./deadcode.go:20:15: "n>1" escapes to heap:
./deadcode.go:20:15:   flow: {storage for ... argument} = &{storage for "n>1"}:
./deadcode.go:20:15:     from "n>1" (spill) at ./deadcode.go:20:15
./deadcode.go:20:15:     from ... argument (slice-literal-element) at ./deadcode.go:20:14
./deadcode.go:20:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:20:15:     from ... argument (spill) at ./deadcode.go:20:14
./deadcode.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:20:14
./deadcode.go:14:15: n escapes to heap:
./deadcode.go:14:15:   flow: {storage for ... argument} = &{storage for n}:
./deadcode.go:14:15:     from n (spill) at ./deadcode.go:14:15
./deadcode.go:14:15:     from ... argument (slice-literal-element) at ./deadcode.go:14:14
./deadcode.go:14:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:14:15:     from ... argument (spill) at ./deadcode.go:14:14
./deadcode.go:14:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:14:14
./deadcode.go:14:15: "nodebug" escapes to heap:
./deadcode.go:14:15:   flow: {storage for ... argument} = &{storage for "nodebug"}:
./deadcode.go:14:15:     from "nodebug" (spill) at ./deadcode.go:14:15
./deadcode.go:14:15:     from ... argument (slice-literal-element) at ./deadcode.go:14:14
./deadcode.go:14:15:   flow: {heap} = {storage for ... argument}:
./deadcode.go:14:15:     from ... argument (spill) at ./deadcode.go:14:14
./deadcode.go:14:15:     from fmt.Println(... argument...) (call parameter) at ./deadcode.go:14:14
./deadcode.go:14:14: ... argument does not escape
./deadcode.go:14:15: "nodebug" escapes to heap
./deadcode.go:14:15: n escapes to heap
./deadcode.go:20:14: ... argument does not escape
./deadcode.go:20:15: "n>1" escapes to heap
./deadcode.go:26:14: ... argument does not escape
./deadcode.go:26:15: "yes" escapes to heap
./deadcode.go:32:14: ... argument does not escape
./deadcode.go:32:15: "3" escapes to heap
./deadcode.go:36:14: ... argument does not escape
./deadcode.go:36:15: "falls" escapes to heap
./deadcode.go:39:14: ... argument does not escape
./deadcode.go:39:15: "kept" escapes to heap
./deadcode.go:39:15: n escapes to heap
./deadcode.go:43:14: ... argument does not escape
./deadcode.go:43:15: "runtime" escapes to heap
./deadcode.go:43:15: n escapes to heap
./deadcode.go:46:14: ... argument does not escape
./deadcode.go:46:15: "loop" escapes to heap
