./if_else.go:37:42: ")" escapes to heap:
./if_else.go:37:42:   flow: {storage for ... argument} = &{storage for ")"}:
./if_else.go:37:42:     from ")" (spill) at ./if_else.go:37:42
./if_else.go:37:42:     from ... argument (slice-literal-element) at ./if_else.go:37:20
./if_else.go:37:42:   flow: {heap} = {storage for ... argument}:
./if_else.go:37:42:     from ... argument (spill) at ./if_else.go:37:20
./if_else.go:37:42:     from fmt.Sprint(... argument...) (call parameter) at ./if_else.go:37:20
./if_else.go:37:33: s escapes to heap:
./if_else.go:37:33:   flow: {storage for ... argument} = &{storage for s}:
./if_else.go:37:33:     from s (spill) at ./if_else.go:37:33
./if_else.go:37:33:     from ... argument (slice-literal-element) at ./if_else.go:37:20
./if_else.go:37:33:   flow: {heap} = {storage for ... argument}:
./if_else.go:37:33:     from ... argument (spill) at ./if_else.go:37:20
./if_else.go:37:33:     from fmt.Sprint(... argument...) (call parameter) at ./if_else.go:37:20
./if_else.go:37:33: " (" escapes to heap:
./if_else.go:37:33:   flow: {storage for ... argument} = &{storage for " ("}:
./if_else.go:37:33:     from " (" (spill) at ./if_else.go:37:33
./if_else.go:37:33:     from ... argument (slice-literal-element) at ./if_else.go:37:20
./if_else.go:37:33:   flow: {heap} = {storage for ... argument}:
./if_else.go:37:33:     from ... argument (spill) at ./if_else.go:37:20
./if_else.go:37:33:     from fmt.Sprint(... argument...) (call parameter) at ./if_else.go:37:20
./if_else.go:37:21: d escapes to heap:
./if_else.go:37:21:   flow: {storage for ... argument} = &{storage for d}:
./if_else.go:37:21:     from d (spill) at ./if_else.go:37:21
./if_else.go:37:21:     from ... argument (slice-literal-element) at ./if_else.go:37:20
./if_else.go:37:21:   flow: {heap} = {storage for ... argument}:
./if_else.go:37:21:     from ... argument (spill) at ./if_else.go:37:20
./if_else.go:37:21:     from fmt.Sprint(... argument...) (call parameter) at ./if_else.go:37:20
./if_else.go:37:21: "F by " escapes to heap:
./if_else.go:37:21:   flow: {storage for ... argument} = &{storage for "F by "}:
./if_else.go:37:21:     from "F by " (spill) at ./if_else.go:37:21
./if_else.go:37:21:     from ... argument (slice-literal-element) at ./if_else.go:37:20
./if_else.go:37:21:   flow: {heap} = {storage for ... argument}:
./if_else.go:37:21:     from ... argument (spill) at ./if_else.go:37:20
./if_else.go:37:21:     from fmt.Sprint(... argument...) (call parameter) at ./if_else.go:37:20
./if_else.go:37:20: ... argument does not escape
./if_else.go:37:21: "F by " escapes to heap
./if_else.go:37:21: d escapes to heap
./if_else.go:37:33: " (" escapes to heap
./if_else.go:37:33: s escapes to heap
./if_else.go:37:42: ")" escapes to heap
./if_else.go:71:15: "not both" escapes to heap:
./if_else.go:71:15:   flow: {storage for ... argument} = &{storage for "not both"}:
./if_else.go:71:15:     from "not both" (spill) at ./if_else.go:71:15
./if_else.go:71:15:     from ... argument (slice-literal-element) at ./if_else.go:71:14
./if_else.go:71:15:   flow: {heap} = {storage for ... argument}:
./if_else.go:71:15:     from ... argument (spill) at ./if_else.go:71:14
./if_else.go:71:15:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:71:14
./if_else.go:68:15: count escapes to heap:
./if_else.go:68:15:   flow: {storage for ... argument} = &{storage for count}:
./if_else.go:68:15:     from count (spill) at ./if_else.go:68:15
./if_else.go:68:15:     from ... argument (slice-literal-element) at ./if_else.go:68:14
./if_else.go:68:15:   flow: {heap} = {storage for ... argument}:
./if_else.go:68:15:     from ... argument (spill) at ./if_else.go:68:14
./if_else.go:68:15:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:68:14
./if_else.go:68:15: "init ran once" escapes to heap:
./if_else.go:68:15:   flow: {storage for ... argument} = &{storage for "init ran once"}:
./if_else.go:68:15:     from "init ran once" (spill) at ./if_else.go:68:15
./if_else.go:68:15:     from ... argument (slice-literal-element) at ./if_else.go:68:14
./if_else.go:68:15:   flow: {heap} = {storage for ... argument}:
./if_else.go:68:15:     from ... argument (spill) at ./if_else.go:68:14
./if_else.go:68:15:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:68:14
./if_else.go:63:16: "a and c, not b" escapes to heap:
./if_else.go:63:16:   flow: {storage for ... argument} = &{storage for "a and c, not b"}:
./if_else.go:63:16:     from "a and c, not b" (spill) at ./if_else.go:63:16
./if_else.go:63:16:     from ... argument (slice-literal-element) at ./if_else.go:63:15
./if_else.go:63:16:   flow: {heap} = {storage for ... argument}:
./if_else.go:63:16:     from ... argument (spill) at ./if_else.go:63:15
./if_else.go:63:16:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:63:15
./if_else.go:61:16: "a and b" escapes to heap:
./if_else.go:61:16:   flow: {storage for ... argument} = &{storage for "a and b"}:
./if_else.go:61:16:     from "a and b" (spill) at ./if_else.go:61:16
./if_else.go:61:16:     from ... argument (slice-literal-element) at ./if_else.go:61:15
./if_else.go:61:16:   flow: {heap} = {storage for ... argument}:
./if_else.go:61:16:     from ... argument (spill) at ./if_else.go:61:15
./if_else.go:61:16:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:61:15
./if_else.go:55:15: n escapes to heap:
./if_else.go:55:15:   flow: {storage for ... argument} = &{storage for n}:
./if_else.go:55:15:     from n (spill) at ./if_else.go:55:15
./if_else.go:55:15:     from ... argument (slice-literal-element) at ./if_else.go:55:14
./if_else.go:55:15:   flow: {heap} = {storage for ... argument}:
./if_else.go:55:15:     from ... argument (spill) at ./if_else.go:55:14
./if_else.go:55:15:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:55:14
./if_else.go:55:15: "short" escapes to heap:
./if_else.go:55:15:   flow: {storage for ... argument} = &{storage for "short"}:
./if_else.go:55:15:     from "short" (spill) at ./if_else.go:55:15
./if_else.go:55:15:     from ... argument (slice-literal-element) at ./if_else.go:55:14
./if_else.go:55:15:   flow: {heap} = {storage for ... argument}:
./if_else.go:55:15:     from ... argument (spill) at ./if_else.go:55:14
./if_else.go:55:15:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:55:14
./if_else.go:53:15: n escapes to heap:
./if_else.go:53:15:   flow: {storage for ... argument} = &{storage for n}:
./if_else.go:53:15:     from n (spill) at ./if_else.go:53:15
./if_else.go:53:15:     from ... argument (slice-literal-element) at ./if_else.go:53:14
./if_else.go:53:15:   flow: {heap} = {storage for ... argument}:
./if_else.go:53:15:     from ... argument (spill) at ./if_else.go:53:14
./if_else.go:53:15:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:53:14
./if_else.go:53:15: "bytes" escapes to heap:
./if_else.go:53:15:   flow: {storage for ... argument} = &{storage for "bytes"}:
./if_else.go:53:15:     from "bytes" (spill) at ./if_else.go:53:15
./if_else.go:53:15:     from ... argument (slice-literal-element) at ./if_else.go:53:14
./if_else.go:53:15:   flow: {heap} = {storage for ... argument}:
./if_else.go:53:15:     from ... argument (spill) at ./if_else.go:53:14
./if_else.go:53:15:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:53:14
./if_else.go:50:15: y escapes to heap:
./if_else.go:50:15:   flow: {storage for ... argument} = &{storage for y}:
./if_else.go:50:15:     from y (spill) at ./if_else.go:50:15
./if_else.go:50:15:     from ... argument (slice-literal-element) at ./if_else.go:50:14
./if_else.go:50:15:   flow: {heap} = {storage for ... argument}:
./if_else.go:50:15:     from ... argument (spill) at ./if_else.go:50:14
./if_else.go:50:15:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:50:14
./if_else.go:50:15: x escapes to heap:
./if_else.go:50:15:   flow: {storage for ... argument} = &{storage for x}:
./if_else.go:50:15:     from x (spill) at ./if_else.go:50:15
./if_else.go:50:15:     from ... argument (slice-literal-element) at ./if_else.go:50:14
./if_else.go:50:15:   flow: {heap} = {storage for ... argument}:
./if_else.go:50:15:     from ... argument (spill) at ./if_else.go:50:14
./if_else.go:50:15:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:50:14
./if_else.go:50:15: "right triangle" escapes to heap:
./if_else.go:50:15:   flow: {storage for ... argument} = &{storage for "right triangle"}:
./if_else.go:50:15:     from "right triangle" (spill) at ./if_else.go:50:15
./if_else.go:50:15:     from ... argument (slice-literal-element) at ./if_else.go:50:14
./if_else.go:50:15:   flow: {heap} = {storage for ... argument}:
./if_else.go:50:15:     from ... argument (spill) at ./if_else.go:50:14
./if_else.go:50:15:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:50:14
./if_else.go:47:52: grade(42) escapes to heap:
./if_else.go:47:52:   flow: {storage for ... argument} = &{storage for grade(42)}:
./if_else.go:47:52:     from grade(42) (spill) at ./if_else.go:47:52
./if_else.go:47:52:     from ... argument (slice-literal-element) at ./if_else.go:47:13
./if_else.go:47:52:   flow: {heap} = {storage for ... argument}:
./if_else.go:47:52:     from ... argument (spill) at ./if_else.go:47:13
./if_else.go:47:52:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:47:13
./if_else.go:47:41: grade(70) escapes to heap:
./if_else.go:47:41:   flow: {storage for ... argument} = &{storage for grade(70)}:
./if_else.go:47:41:     from grade(70) (spill) at ./if_else.go:47:41
./if_else.go:47:41:     from ... argument (slice-literal-element) at ./if_else.go:47:13
./if_else.go:47:41:   flow: {heap} = {storage for ... argument}:
./if_else.go:47:41:     from ... argument (spill) at ./if_else.go:47:13
./if_else.go:47:41:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:47:13
./if_else.go:47:30: grade(85) escapes to heap:
./if_else.go:47:30:   flow: {storage for ... argument} = &{storage for grade(85)}:
./if_else.go:47:30:     from grade(85) (spill) at ./if_else.go:47:30
./if_else.go:47:30:     from ... argument (slice-literal-element) at ./if_else.go:47:13
./if_else.go:47:30:   flow: {heap} = {storage for ... argument}:
./if_else.go:47:30:     from ... argument (spill) at ./if_else.go:47:13
./if_else.go:47:30:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:47:13
./if_else.go:47:19: grade(95) escapes to heap:
./if_else.go:47:19:   flow: {storage for ... argument} = &{storage for grade(95)}:
./if_else.go:47:19:     from grade(95) (spill) at ./if_else.go:47:19
./if_else.go:47:19:     from ... argument (slice-literal-element) at ./if_else.go:47:13
./if_else.go:47:19:   flow: {heap} = {storage for ... argument}:
./if_else.go:47:19:     from ... argument (spill) at ./if_else.go:47:13
./if_else.go:47:19:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:47:13
./if_else.go:46:41: sign(0) escapes to heap:
./if_else.go:46:41:   flow: {storage for ... argument} = &{storage for sign(0)}:
./if_else.go:46:41:     from sign(0) (spill) at ./if_else.go:46:41
./if_else.go:46:41:     from ... argument (slice-literal-element) at ./if_else.go:46:13
./if_else.go:46:41:   flow: {heap} = {storage for ... argument}:
./if_else.go:46:41:     from ... argument (spill) at ./if_else.go:46:13
./if_else.go:46:41:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:46:13
./if_else.go:46:29: sign(-0.1) escapes to heap:
./if_else.go:46:29:   flow: {storage for ... argument} = &{storage for sign(-0.1)}:
./if_else.go:46:29:     from sign(-0.1) (spill) at ./if_else.go:46:29
./if_else.go:46:29:     from ... argument (slice-literal-element) at ./if_else.go:46:13
./if_else.go:46:29:   flow: {heap} = {storage for ... argument}:
./if_else.go:46:29:     from ... argument (spill) at ./if_else.go:46:13
./if_else.go:46:29:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:46:13
./if_else.go:46:18: sign(2.5) escapes to heap:
./if_else.go:46:18:   flow: {storage for ... argument} = &{storage for sign(2.5)}:
./if_else.go:46:18:     from sign(2.5) (spill) at ./if_else.go:46:18
./if_else.go:46:18:     from ... argument (slice-literal-element) at ./if_else.go:46:13
./if_else.go:46:18:   flow: {heap} = {storage for ... argument}:
./if_else.go:46:18:     from ... argument (spill) at ./if_else.go:46:13
./if_else.go:46:18:     from fmt.Println(... argument...) (call parameter) at ./if_else.go:46:13
./if_else.go:43:26: " " escapes to heap:
./if_else.go:43:26:   flow: {storage for ... argument} = &{storage for " "}:
./if_else.go:43:26:     from " " (spill) at ./if_else.go:43:26
./if_else.go:43:26:     from ... argument (slice-literal-element) at ./if_else.go:43:12
./if_else.go:43:26:   flow: {heap} = {storage for ... argument}:
./if_else.go:43:26:     from ... argument (spill) at ./if_else.go:43:12
./if_else.go:43:26:     from fmt.Print(... argument...) (call parameter) at ./if_else.go:43:12
./if_else.go:43:21: classify(i) escapes to heap:
./if_else.go:43:21:   flow: {storage for ... argument} = &{storage for classify(i)}:
./if_else.go:43:21:     from classify(i) (spill) at ./if_else.go:43:21
./if_else.go:43:21:     from ... argument (slice-literal-element) at ./if_else.go:43:12
./if_else.go:43:21:   flow: {heap} = {storage for ... argument}:
./if_else.go:43:21:     from ... argument (spill) at ./if_else.go:43:12
./if_else.go:43:21:     from fmt.Print(... argument...) (call parameter) at ./if_else.go:43:12
./if_else.go:43:12: ... argument does not escape
./if_else.go:43:21: classify(i) escapes to heap
./if_else.go:43:26: " " escapes to heap
./if_else.go:46:13: ... argument does not escape
./if_else.go:46:18: sign(2.5) escapes to heap
./if_else.go:46:29: sign(-0.1) escapes to heap
./if_else.go:46:41: sign(0) escapes to heap
./if_else.go:47:13: ... argument does not escape
./if_else.go:47:19: grade(95) escapes to heap
./if_else.go:47:30: grade(85) escapes to heap
./if_else.go:47:41: grade(70) escapes to heap
./if_else.go:47:52: grade(42) escapes to heap
./if_else.go:50:14: ... argument does not escape
./if_else.go:50:15: "right triangle" escapes to heap
./if_else.go:50:15: x escapes to heap
./if_else.go:50:15: y escapes to heap
./if_else.go:53:14: ... argument does not escape
./if_else.go:53:15: "bytes" escapes to heap
./if_else.go:53:15: n escapes to heap
./if_else.go:55:14: ... argument does not escape
./if_else.go:55:15: "short" escapes to heap
./if_else.go:55:15: n escapes to heap
./if_else.go:61:15: ... argument does not escape
./if_else.go:61:16: "a and b" escapes to heap
./if_else.go:63:15: ... argument does not escape
./if_else.go:63:16: "a and c, not b" escapes to heap
./if_else.go:68:14: ... argument does not escape
./if_else.go:68:15: "init ran once" escapes to heap
./if_else.go:68:15: count escapes to heap
./if_else.go:71:14: ... argument does not escape
./if_else.go:71:15: "not both" escapes to heap
