./bool_logic.go:11:18: " " escapes to heap:
./bool_logic.go:11:18:   flow: {storage for ... argument} = &{storage for " "}:
./bool_logic.go:11:18:     from " " (spill) at ./bool_logic.go:11:18
./bool_logic.go:11:18:     from ... argument (slice-literal-element) at ./bool_logic.go:11:11
./bool_logic.go:11:18:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:11:18:     from ... argument (spill) at ./bool_logic.go:11:11
./bool_logic.go:11:18:     from fmt.Print(... argument...) (call parameter) at ./bool_logic.go:11:11
./bool_logic.go:11:11: name escapes to heap:
./bool_logic.go:11:11:   flow: {storage for ... argument} = &{storage for name}:
./bool_logic.go:11:11:     from name (spill) at ./bool_logic.go:11:11
./bool_logic.go:11:11:     from ... argument (slice-literal-element) at ./bool_logic.go:11:11
./bool_logic.go:11:11:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:11:11:     from ... argument (spill) at ./bool_logic.go:11:11
./bool_logic.go:11:11:     from fmt.Print(... argument...) (call parameter) at ./bool_logic.go:11:11
./bool_logic.go:9:8: parameter name leaks to {storage for name} with derefs=0:
./bool_logic.go:9:8:   flow: {storage for name} = name:
./bool_logic.go:9:8:     from name (interface-converted) at ./bool_logic.go:11:11
./bool_logic.go:9:8: leaking param: name
./bool_logic.go:11:11: ... argument does not escape
./bool_logic.go:11:11: name escapes to heap
./bool_logic.go:11:18: " " escapes to heap
./bool_logic.go:17:18: " " escapes to heap:
./bool_logic.go:17:18:   flow: {storage for ... argument} = &{storage for " "}:
./bool_logic.go:17:18:     from " " (spill) at ./bool_logic.go:17:18
./bool_logic.go:17:18:     from ... argument (slice-literal-element) at ./bool_logic.go:17:11
./bool_logic.go:17:18:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:17:18:     from ... argument (spill) at ./bool_logic.go:17:11
./bool_logic.go:17:18:     from fmt.Print(... argument...) (call parameter) at ./bool_logic.go:17:11
./bool_logic.go:17:11: name escapes to heap:
./bool_logic.go:17:11:   flow: {storage for ... argument} = &{storage for name}:
./bool_logic.go:17:11:     from name (spill) at ./bool_logic.go:17:11
./bool_logic.go:17:11:     from ... argument (slice-literal-element) at ./bool_logic.go:17:11
./bool_logic.go:17:11:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:17:11:     from ... argument (spill) at ./bool_logic.go:17:11
./bool_logic.go:17:11:     from fmt.Print(... argument...) (call parameter) at ./bool_logic.go:17:11
./bool_logic.go:15:8: parameter name leaks to {storage for name} with derefs=0:
./bool_logic.go:15:8:   flow: {storage for name} = name:
./bool_logic.go:15:8:     from name (interface-converted) at ./bool_logic.go:17:11
./bool_logic.go:15:8: leaking param: name
./bool_logic.go:17:11: ... argument does not escape
./bool_logic.go:17:11: name escapes to heap
./bool_logic.go:17:18: " " escapes to heap
./bool_logic.go:47:44: !b escapes to heap:
./bool_logic.go:47:44:   flow: {storage for ... argument} = &{storage for !b}:
./bool_logic.go:47:44:     from !b (spill) at ./bool_logic.go:47:44
./bool_logic.go:47:44:     from ... argument (slice-literal-element) at ./bool_logic.go:47:12
./bool_logic.go:47:44:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:47:44:     from ... argument (spill) at ./bool_logic.go:47:12
./bool_logic.go:47:44:     from fmt.Printf("%t %v %5t|%-6t|\n", ... argument...) (call parameter) at ./bool_logic.go:47:12
./bool_logic.go:47:37: b escapes to heap:
./bool_logic.go:47:37:   flow: {storage for ... argument} = &{storage for b}:
./bool_logic.go:47:37:     from b (spill) at ./bool_logic.go:47:37
./bool_logic.go:47:37:     from ... argument (slice-literal-element) at ./bool_logic.go:47:12
./bool_logic.go:47:37:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:47:37:     from ... argument (spill) at ./bool_logic.go:47:12
./bool_logic.go:47:37:     from fmt.Printf("%t %v %5t|%-6t|\n", ... argument...) (call parameter) at ./bool_logic.go:47:12
./bool_logic.go:47:37: !b escapes to heap:
./bool_logic.go:47:37:   flow: {storage for ... argument} = &{storage for !b}:
./bool_logic.go:47:37:     from !b (spill) at ./bool_logic.go:47:37
./bool_logic.go:47:37:     from ... argument (slice-literal-element) at ./bool_logic.go:47:12
./bool_logic.go:47:37:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:47:37:     from ... argument (spill) at ./bool_logic.go:47:12
./bool_logic.go:47:37:     from fmt.Printf("%t %v %5t|%-6t|\n", ... argument...) (call parameter) at ./bool_logic.go:47:12
./bool_logic.go:47:13: b escapes to heap:
./bool_logic.go:47:13:   flow: {storage for ... argument} = &{storage for b}:
./bool_logic.go:47:13:     from b (spill) at ./bool_logic.go:47:13
./bool_logic.go:47:13:     from ... argument (slice-literal-element) at ./bool_logic.go:47:12
./bool_logic.go:47:13:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:47:13:     from ... argument (spill) at ./bool_logic.go:47:12
./bool_logic.go:47:13:     from fmt.Printf("%t %v %5t|%-6t|\n", ... argument...) (call parameter) at ./bool_logic.go:47:12
./bool_logic.go:43:15: "more than five calls" escapes to heap:
./bool_logic.go:43:15:   flow: {storage for ... argument} = &{storage for "more than five calls"}:
./bool_logic.go:43:15:     from "more than five calls" (spill) at ./bool_logic.go:43:15
./bool_logic.go:43:15:     from ... argument (slice-literal-element) at ./bool_logic.go:43:14
./bool_logic.go:43:15:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:43:15:     from ... argument (spill) at ./bool_logic.go:43:14
./bool_logic.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:43:14
./bool_logic.go:39:69: "é" > "z" escapes to heap:
./bool_logic.go:39:69:   flow: {storage for ... argument} = &{storage for "é" > "z"}:
./bool_logic.go:39:69:     from "é" > "z" (spill) at ./bool_logic.go:39:69
./bool_logic.go:39:69:     from ... argument (slice-literal-element) at ./bool_logic.go:39:13
./bool_logic.go:39:69:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:39:69:     from ... argument (spill) at ./bool_logic.go:39:13
./bool_logic.go:39:69:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:39:13
./bool_logic.go:39:57: "B" < "a" escapes to heap:
./bool_logic.go:39:57:   flow: {storage for ... argument} = &{storage for "B" < "a"}:
./bool_logic.go:39:57:     from "B" < "a" (spill) at ./bool_logic.go:39:57
./bool_logic.go:39:57:     from ... argument (slice-literal-element) at ./bool_logic.go:39:13
./bool_logic.go:39:57:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:39:57:     from ... argument (spill) at ./bool_logic.go:39:13
./bool_logic.go:39:57:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:39:13
./bool_logic.go:39:46: "" < "a" escapes to heap:
./bool_logic.go:39:46:   flow: {storage for ... argument} = &{storage for "" < "a"}:
./bool_logic.go:39:46:     from "" < "a" (spill) at ./bool_logic.go:39:46
./bool_logic.go:39:46:     from ... argument (slice-literal-element) at ./bool_logic.go:39:13
./bool_logic.go:39:46:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:39:46:     from ... argument (spill) at ./bool_logic.go:39:13
./bool_logic.go:39:46:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:39:13
./bool_logic.go:39:34: "ab" < "abc" escapes to heap:
./bool_logic.go:39:34:   flow: {storage for ... argument} = &{storage for "ab" < "abc"}:
./bool_logic.go:39:34:     from "ab" < "abc" (spill) at ./bool_logic.go:39:34
./bool_logic.go:39:34:     from ... argument (slice-literal-element) at ./bool_logic.go:39:13
./bool_logic.go:39:34:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:39:34:     from ... argument (spill) at ./bool_logic.go:39:13
./bool_logic.go:39:34:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:39:13
./bool_logic.go:39:20: "abc" < "abd" escapes to heap:
./bool_logic.go:39:20:   flow: {storage for ... argument} = &{storage for "abc" < "abd"}:
./bool_logic.go:39:20:     from "abc" < "abd" (spill) at ./bool_logic.go:39:20
./bool_logic.go:39:20:     from ... argument (slice-literal-element) at ./bool_logic.go:39:13
./bool_logic.go:39:20:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:39:20:     from ... argument (spill) at ./bool_logic.go:39:13
./bool_logic.go:39:20:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:39:13
./bool_logic.go:38:61: -0.0 == 0.0 escapes to heap:
./bool_logic.go:38:61:   flow: {storage for ... argument} = &{storage for -0.0 == 0.0}:
./bool_logic.go:38:61:     from -0.0 == 0.0 (spill) at ./bool_logic.go:38:61
./bool_logic.go:38:61:     from ... argument (slice-literal-element) at ./bool_logic.go:38:13
./bool_logic.go:38:61:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:38:61:     from ... argument (spill) at ./bool_logic.go:38:13
./bool_logic.go:38:61:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:38:13
./bool_logic.go:38:39: float32(0.1) == float32(0.1) escapes to heap:
./bool_logic.go:38:39:   flow: {storage for ... argument} = &{storage for float32(0.1) == float32(0.1)}:
./bool_logic.go:38:39:     from float32(0.1) == float32(0.1) (spill) at ./bool_logic.go:38:39
./bool_logic.go:38:39:     from ... argument (slice-literal-element) at ./bool_logic.go:38:13
./bool_logic.go:38:39:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:38:39:     from ... argument (spill) at ./bool_logic.go:38:13
./bool_logic.go:38:39:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:38:13
./bool_logic.go:38:18: 1.5 < 1.25 escapes to heap:
./bool_logic.go:38:18:   flow: {storage for ... argument} = &{storage for 1.5 < 1.25}:
./bool_logic.go:38:18:     from 1.5 < 1.25 (spill) at ./bool_logic.go:38:18
./bool_logic.go:38:18:     from ... argument (slice-literal-element) at ./bool_logic.go:38:13
./bool_logic.go:38:18:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:38:18:     from ... argument (spill) at ./bool_logic.go:38:13
./bool_logic.go:38:18:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:38:13
./bool_logic.go:37:65: uint(0) < ^uint(0) escapes to heap:
./bool_logic.go:37:65:   flow: {storage for ... argument} = &{storage for uint(0) < ^uint(0)}:
./bool_logic.go:37:65:     from uint(0) < ^uint(0) (spill) at ./bool_logic.go:37:65
./bool_logic.go:37:65:     from ... argument (slice-literal-element) at ./bool_logic.go:37:13
./bool_logic.go:37:65:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:37:65:     from ... argument (spill) at ./bool_logic.go:37:13
./bool_logic.go:37:65:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:37:13
./bool_logic.go:37:46: int8(-1) < int8(0) escapes to heap:
./bool_logic.go:37:46:   flow: {storage for ... argument} = &{storage for int8(-1) < int8(0)}:
./bool_logic.go:37:46:     from int8(-1) < int8(0) (spill) at ./bool_logic.go:37:46
./bool_logic.go:37:46:     from ... argument (slice-literal-element) at ./bool_logic.go:37:13
./bool_logic.go:37:46:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:37:46:     from ... argument (spill) at ./bool_logic.go:37:13
./bool_logic.go:37:46:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:37:13
./bool_logic.go:37:25: uint8(255) > uint8(0) escapes to heap:
./bool_logic.go:37:25:   flow: {storage for ... argument} = &{storage for uint8(255) > uint8(0)}:
./bool_logic.go:37:25:     from uint8(255) > uint8(0) (spill) at ./bool_logic.go:37:25
./bool_logic.go:37:25:     from ... argument (slice-literal-element) at ./bool_logic.go:37:13
./bool_logic.go:37:25:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:37:25:     from ... argument (spill) at ./bool_logic.go:37:13
./bool_logic.go:37:25:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:37:13
./bool_logic.go:36:54: 5 != 5 escapes to heap:
./bool_logic.go:36:54:   flow: {storage for ... argument} = &{storage for 5 != 5}:
./bool_logic.go:36:54:     from 5 != 5 (spill) at ./bool_logic.go:36:54
./bool_logic.go:36:54:     from ... argument (slice-literal-element) at ./bool_logic.go:36:13
./bool_logic.go:36:54:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:36:54:     from ... argument (spill) at ./bool_logic.go:36:13
./bool_logic.go:36:54:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:36:13
./bool_logic.go:36:46: 5 == 5 escapes to heap:
./bool_logic.go:36:46:   flow: {storage for ... argument} = &{storage for 5 == 5}:
./bool_logic.go:36:46:     from 5 == 5 (spill) at ./bool_logic.go:36:46
./bool_logic.go:36:46:     from ... argument (slice-literal-element) at ./bool_logic.go:36:13
./bool_logic.go:36:46:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:36:46:     from ... argument (spill) at ./bool_logic.go:36:13
./bool_logic.go:36:46:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:36:13
./bool_logic.go:36:38: 4 >= 4 escapes to heap:
./bool_logic.go:36:38:   flow: {storage for ... argument} = &{storage for 4 >= 4}:
./bool_logic.go:36:38:     from 4 >= 4 (spill) at ./bool_logic.go:36:38
./bool_logic.go:36:38:     from ... argument (slice-literal-element) at ./bool_logic.go:36:13
./bool_logic.go:36:38:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:36:38:     from ... argument (spill) at ./bool_logic.go:36:13
./bool_logic.go:36:38:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:36:13
./bool_logic.go:36:31: 3 > 4 escapes to heap:
./bool_logic.go:36:31:   flow: {storage for ... argument} = &{storage for 3 > 4}:
./bool_logic.go:36:31:     from 3 > 4 (spill) at ./bool_logic.go:36:31
./bool_logic.go:36:31:     from ... argument (slice-literal-element) at ./bool_logic.go:36:13
./bool_logic.go:36:31:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:36:31:     from ... argument (spill) at ./bool_logic.go:36:13
./bool_logic.go:36:31:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:36:13
./bool_logic.go:36:23: 2 <= 2 escapes to heap:
./bool_logic.go:36:23:   flow: {storage for ... argument} = &{storage for 2 <= 2}:
./bool_logic.go:36:23:     from 2 <= 2 (spill) at ./bool_logic.go:36:23
./bool_logic.go:36:23:     from ... argument (slice-literal-element) at ./bool_logic.go:36:13
./bool_logic.go:36:23:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:36:23:     from ... argument (spill) at ./bool_logic.go:36:13
./bool_logic.go:36:23:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:36:13
./bool_logic.go:36:16: 1 < 2 escapes to heap:
./bool_logic.go:36:16:   flow: {storage for ... argument} = &{storage for 1 < 2}:
./bool_logic.go:36:16:     from 1 < 2 (spill) at ./bool_logic.go:36:16
./bool_logic.go:36:16:     from ... argument (slice-literal-element) at ./bool_logic.go:36:13
./bool_logic.go:36:16:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:36:16:     from ... argument (spill) at ./bool_logic.go:36:13
./bool_logic.go:36:16:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:36:13
./bool_logic.go:34:22: x && !y escapes to heap:
./bool_logic.go:34:22:   flow: {storage for ... argument} = &{storage for x && !y}:
./bool_logic.go:34:22:     from x && !y (spill) at ./bool_logic.go:34:22
./bool_logic.go:34:22:     from ... argument (slice-literal-element) at ./bool_logic.go:34:13
./bool_logic.go:34:22:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:34:22:     from ... argument (spill) at ./bool_logic.go:34:13
./bool_logic.go:34:22:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:34:13
./bool_logic.go:34:13: y escapes to heap:
./bool_logic.go:34:13:   flow: {storage for ... argument} = &{storage for y}:
./bool_logic.go:34:13:     from y (spill) at ./bool_logic.go:34:13
./bool_logic.go:34:13:     from ... argument (slice-literal-element) at ./bool_logic.go:34:13
./bool_logic.go:34:13:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:34:13:     from ... argument (spill) at ./bool_logic.go:34:13
./bool_logic.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:34:13
./bool_logic.go:34:13: x escapes to heap:
./bool_logic.go:34:13:   flow: {storage for ... argument} = &{storage for x}:
./bool_logic.go:34:13:     from x (spill) at ./bool_logic.go:34:13
./bool_logic.go:34:13:     from ... argument (slice-literal-element) at ./bool_logic.go:34:13
./bool_logic.go:34:13:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:34:13:     from ... argument (spill) at ./bool_logic.go:34:13
./bool_logic.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:34:13
./bool_logic.go:31:51: ! (!yes) escapes to heap:
./bool_logic.go:31:51:   flow: {storage for ... argument} = &{storage for ! (!yes)}:
./bool_logic.go:31:51:     from ! (!yes) (spill) at ./bool_logic.go:31:51
./bool_logic.go:31:51:     from ... argument (slice-literal-element) at ./bool_logic.go:31:13
./bool_logic.go:31:51:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:31:51:     from ... argument (spill) at ./bool_logic.go:31:13
./bool_logic.go:31:51:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:31:13
./bool_logic.go:31:43: zero != yes escapes to heap:
./bool_logic.go:31:43:   flow: {storage for ... argument} = &{storage for zero != yes}:
./bool_logic.go:31:43:     from zero != yes (spill) at ./bool_logic.go:31:43
./bool_logic.go:31:43:     from ... argument (slice-literal-element) at ./bool_logic.go:31:13
./bool_logic.go:31:43:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:31:43:     from ... argument (spill) at ./bool_logic.go:31:13
./bool_logic.go:31:43:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:31:13
./bool_logic.go:31:30: zero == yes escapes to heap:
./bool_logic.go:31:30:   flow: {storage for ... argument} = &{storage for zero == yes}:
./bool_logic.go:31:30:     from zero == yes (spill) at ./bool_logic.go:31:30
./bool_logic.go:31:30:     from ... argument (slice-literal-element) at ./bool_logic.go:31:13
./bool_logic.go:31:30:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:31:30:     from ... argument (spill) at ./bool_logic.go:31:13
./bool_logic.go:31:30:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:31:13
./bool_logic.go:31:13: yes escapes to heap:
./bool_logic.go:31:13:   flow: {storage for ... argument} = &{storage for yes}:
./bool_logic.go:31:13:     from yes (spill) at ./bool_logic.go:31:13
./bool_logic.go:31:13:     from ... argument (slice-literal-element) at ./bool_logic.go:31:13
./bool_logic.go:31:13:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:31:13:     from ... argument (spill) at ./bool_logic.go:31:13
./bool_logic.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:31:13
./bool_logic.go:31:13: zero escapes to heap:
./bool_logic.go:31:13:   flow: {storage for ... argument} = &{storage for zero}:
./bool_logic.go:31:13:     from zero (spill) at ./bool_logic.go:31:13
./bool_logic.go:31:13:     from ... argument (slice-literal-element) at ./bool_logic.go:31:13
./bool_logic.go:31:13:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:31:13:     from ... argument (spill) at ./bool_logic.go:31:13
./bool_logic.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:31:13
./bool_logic.go:27:14: calls escapes to heap:
./bool_logic.go:27:14:   flow: {storage for ... argument} = &{storage for calls}:
./bool_logic.go:27:14:     from calls (spill) at ./bool_logic.go:27:14
./bool_logic.go:27:14:     from ... argument (slice-literal-element) at ./bool_logic.go:27:13
./bool_logic.go:27:14:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:27:14:     from ... argument (spill) at ./bool_logic.go:27:13
./bool_logic.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:27:13
./bool_logic.go:27:14: "calls:" escapes to heap:
./bool_logic.go:27:14:   flow: {storage for ... argument} = &{storage for "calls:"}:
./bool_logic.go:27:14:     from "calls:" (spill) at ./bool_logic.go:27:14
./bool_logic.go:27:14:     from ... argument (slice-literal-element) at ./bool_logic.go:27:13
./bool_logic.go:27:14:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:27:14:     from ... argument (spill) at ./bool_logic.go:27:13
./bool_logic.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:27:13
./bool_logic.go:26:22: !t("a") || !f("b") escapes to heap:
./bool_logic.go:26:22:   flow: {storage for ... argument} = &{storage for !t("a") || !f("b")}:
./bool_logic.go:26:22:     from !t("a") || !f("b") (spill) at ./bool_logic.go:26:22
./bool_logic.go:26:22:     from ... argument (slice-literal-element) at ./bool_logic.go:26:13
./bool_logic.go:26:22:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:26:22:     from ... argument (spill) at ./bool_logic.go:26:13
./bool_logic.go:26:22:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:26:13
./bool_logic.go:25:21: f("a") || f("b") && t("c") escapes to heap:
./bool_logic.go:25:21:   flow: {storage for ... argument} = &{storage for f("a") || f("b") && t("c")}:
./bool_logic.go:25:21:     from f("a") || f("b") && t("c") (spill) at ./bool_logic.go:25:21
./bool_logic.go:25:21:     from ... argument (slice-literal-element) at ./bool_logic.go:25:13
./bool_logic.go:25:21:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:25:21:     from ... argument (spill) at ./bool_logic.go:25:13
./bool_logic.go:25:21:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:25:13
./bool_logic.go:24:31: t("a") && f("b") || t("c") escapes to heap:
./bool_logic.go:24:31:   flow: {storage for ... argument} = &{storage for t("a") && f("b") || t("c")}:
./bool_logic.go:24:31:     from t("a") && f("b") || t("c") (spill) at ./bool_logic.go:24:31
./bool_logic.go:24:31:     from ... argument (slice-literal-element) at ./bool_logic.go:24:13
./bool_logic.go:24:31:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:24:31:     from ... argument (spill) at ./bool_logic.go:24:13
./bool_logic.go:24:31:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:24:13
./bool_logic.go:23:21: t("a") || f("b") escapes to heap:
./bool_logic.go:23:21:   flow: {storage for ... argument} = &{storage for t("a") || f("b")}:
./bool_logic.go:23:21:     from t("a") || f("b") (spill) at ./bool_logic.go:23:21
./bool_logic.go:23:21:     from ... argument (slice-literal-element) at ./bool_logic.go:23:13
./bool_logic.go:23:21:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:23:21:     from ... argument (spill) at ./bool_logic.go:23:13
./bool_logic.go:23:21:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:23:13
./bool_logic.go:22:21: f("a") && t("b") escapes to heap:
./bool_logic.go:22:21:   flow: {storage for ... argument} = &{storage for f("a") && t("b")}:
./bool_logic.go:22:21:     from f("a") && t("b") (spill) at ./bool_logic.go:22:21
./bool_logic.go:22:21:     from ... argument (slice-literal-element) at ./bool_logic.go:22:13
./bool_logic.go:22:21:   flow: {heap} = {storage for ... argument}:
./bool_logic.go:22:21:     from ... argument (spill) at ./bool_logic.go:22:13
./bool_logic.go:22:21:     from fmt.Println(... argument...) (call parameter) at ./bool_logic.go:22:13
./bool_logic.go:22:13: ... argument does not escape
./bool_logic.go:22:21: f("a") && t("b") escapes to heap
./bool_logic.go:23:13: ... argument does not escape
./bool_logic.go:23:21: t("a") || f("b") escapes to heap
./bool_logic.go:24:13: ... argument does not escape
./bool_logic.go:24:31: t("a") && f("b") || t("c") escapes to heap
./bool_logic.go:25:13: ... argument does not escape
./bool_logic.go:25:21: f("a") || f("b") && t("c") escapes to heap
./bool_logic.go:26:13: ... argument does not escape
./bool_logic.go:26:22: !t("a") || !f("b") escapes to heap
./bool_logic.go:27:13: ... argument does not escape
./bool_logic.go:27:14: "calls:" escapes to heap
./bool_logic.go:27:14: calls escapes to heap
./bool_logic.go:31:13: ... argument does not escape
./bool_logic.go:31:13: zero escapes to heap
./bool_logic.go:31:13: yes escapes to heap
./bool_logic.go:31:30: zero == yes escapes to heap
./bool_logic.go:31:43: zero != yes escapes to heap
./bool_logic.go:31:51: ! (!yes) escapes to heap
./bool_logic.go:34:13: ... argument does not escape
./bool_logic.go:34:13: x escapes to heap
./bool_logic.go:34:13: y escapes to heap
./bool_logic.go:34:22: x && !y escapes to heap
./bool_logic.go:36:13: ... argument does not escape
./bool_logic.go:36:16: 1 < 2 escapes to heap
./bool_logic.go:36:23: 2 <= 2 escapes to heap
./bool_logic.go:36:31: 3 > 4 escapes to heap
./bool_logic.go:36:38: 4 >= 4 escapes to heap
./bool_logic.go:36:46: 5 == 5 escapes to heap
./bool_logic.go:36:54: 5 != 5 escapes to heap
./bool_logic.go:37:13: ... argument does not escape
./bool_logic.go:37:25: uint8(255) > uint8(0) escapes to heap
./bool_logic.go:37:46: int8(-1) < int8(0) escapes to heap
./bool_logic.go:37:65: uint(0) < ^uint(0) escapes to heap
./bool_logic.go:38:13: ... argument does not escape
./bool_logic.go:38:18: 1.5 < 1.25 escapes to heap
./bool_logic.go:38:39: float32(0.1) == float32(0.1) escapes to heap
./bool_logic.go:38:61: -0.0 == 0.0 escapes to heap
./bool_logic.go:39:13: ... argument does not escape
./bool_logic.go:39:20: "abc" < "abd" escapes to heap
./bool_logic.go:39:34: "ab" < "abc" escapes to heap
./bool_logic.go:39:46: "" < "a" escapes to heap
./bool_logic.go:39:57: "B" < "a" escapes to heap
./bool_logic.go:39:69: "é" > "z" escapes to heap
./bool_logic.go:43:14: ... argument does not escape
./bool_logic.go:43:15: "more than five calls" escapes to heap
./bool_logic.go:47:12: ... argument does not escape
./bool_logic.go:47:13: b escapes to heap
./bool_logic.go:47:37: !b escapes to heap
./bool_logic.go:47:37: b escapes to heap
./bool_logic.go:47:44: !b escapes to heap
