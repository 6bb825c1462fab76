./range_string.go:11:14: r escapes to heap:
./range_string.go:11:14:   flow: {storage for ... argument} = &{storage for r}:
./range_string.go:11:14:     from r (spill) at ./range_string.go:11:14
./range_string.go:11:14:     from ... argument (slice-literal-element) at ./range_string.go:11:13
./range_string.go:11:14:   flow: {heap} = {storage for ... argument}:
./range_string.go:11:14:     from ... argument (spill) at ./range_string.go:11:13
./range_string.go:11:14:     from fmt.Printf(" %d:%U", ... argument...) (call parameter) at ./range_string.go:11:13
./range_string.go:11:14: i escapes to heap:
./range_string.go:11:14:   flow: {storage for ... argument} = &{storage for i}:
./range_string.go:11:14:     from i (spill) at ./range_string.go:11:14
./range_string.go:11:14:     from ... argument (slice-literal-element) at ./range_string.go:11:13
./range_string.go:11:14:   flow: {heap} = {storage for ... argument}:
./range_string.go:11:14:     from ... argument (spill) at ./range_string.go:11:13
./range_string.go:11:14:     from fmt.Printf(" %d:%U", ... argument...) (call parameter) at ./range_string.go:11:13
./range_string.go:9:13: s escapes to heap:
./range_string.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./range_string.go:9:13:     from s (spill) at ./range_string.go:9:13
./range_string.go:9:13:     from ... argument (slice-literal-element) at ./range_string.go:9:12
./range_string.go:9:13:   flow: {heap} = {storage for ... argument}:
./range_string.go:9:13:     from ... argument (spill) at ./range_string.go:9:12
./range_string.go:9:13:     from fmt.Printf("%q:", ... argument...) (call parameter) at ./range_string.go:9:12
./range_string.go:8:11: parameter s leaks to {storage for s} with derefs=0:
./range_string.go:8:11:   flow: {storage for s} = s:
./range_string.go:8:11:     from s (interface-converted) at ./range_string.go:9:13
./range_string.go:8:11: leaking param: s
./range_string.go:9:12: ... argument does not escape
./range_string.go:9:13: s escapes to heap
./range_string.go:11:13: ... argument does not escape
./range_string.go:11:14: i escapes to heap
./range_string.go:11:14: r escapes to heap
./range_string.go:68:14: vowels escapes to heap:
./range_string.go:68:14:   flow: {storage for ... argument} = &{storage for vowels}:
./range_string.go:68:14:     from vowels (spill) at ./range_string.go:68:14
./range_string.go:68:14:     from ... argument (slice-literal-element) at ./range_string.go:68:13
./range_string.go:68:14:   flow: {heap} = {storage for ... argument}:
./range_string.go:68:14:     from ... argument (spill) at ./range_string.go:68:13
./range_string.go:68:14:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:68:13
./range_string.go:68:14: "vowels" escapes to heap:
./range_string.go:68:14:   flow: {storage for ... argument} = &{storage for "vowels"}:
./range_string.go:68:14:     from "vowels" (spill) at ./range_string.go:68:14
./range_string.go:68:14:     from ... argument (slice-literal-element) at ./range_string.go:68:13
./range_string.go:68:14:   flow: {heap} = {storage for ... argument}:
./range_string.go:68:14:     from ... argument (spill) at ./range_string.go:68:13
./range_string.go:68:14:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:68:13
./range_string.go:58:30: string(last) escapes to heap:
./range_string.go:58:30:   flow: {storage for ... argument} = &{storage for string(last)}:
./range_string.go:58:30:     from string(last) (spill) at ./range_string.go:58:30
./range_string.go:58:30:     from ... argument (slice-literal-element) at ./range_string.go:58:13
./range_string.go:58:30:   flow: {heap} = {storage for ... argument}:
./range_string.go:58:30:     from ... argument (spill) at ./range_string.go:58:13
./range_string.go:58:30:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:58:13
./range_string.go:58:13: last escapes to heap:
./range_string.go:58:13:   flow: {storage for ... argument} = &{storage for last}:
./range_string.go:58:13:     from last (spill) at ./range_string.go:58:13
./range_string.go:58:13:     from ... argument (slice-literal-element) at ./range_string.go:58:13
./range_string.go:58:13:   flow: {heap} = {storage for ... argument}:
./range_string.go:58:13:     from ... argument (spill) at ./range_string.go:58:13
./range_string.go:58:13:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:58:13
./range_string.go:58:13: li escapes to heap:
./range_string.go:58:13:   flow: {storage for ... argument} = &{storage for li}:
./range_string.go:58:13:     from li (spill) at ./range_string.go:58:13
./range_string.go:58:13:     from ... argument (slice-literal-element) at ./range_string.go:58:13
./range_string.go:58:13:   flow: {heap} = {storage for ... argument}:
./range_string.go:58:13:     from ... argument (spill) at ./range_string.go:58:13
./range_string.go:58:13:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:58:13
./range_string.go:52:14: s escapes to heap:
./range_string.go:52:14:   flow: {storage for ... argument} = &{storage for s}:
./range_string.go:52:14:     from s (spill) at ./range_string.go:52:14
./range_string.go:52:14:     from ... argument (slice-literal-element) at ./range_string.go:52:13
./range_string.go:52:14:   flow: {heap} = {storage for ... argument}:
./range_string.go:52:14:     from ... argument (spill) at ./range_string.go:52:13
./range_string.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:52:13
./range_string.go:52:14: " " escapes to heap:
./range_string.go:52:14:   flow: {storage for ... argument} = &{storage for " "}:
./range_string.go:52:14:     from " " (spill) at ./range_string.go:52:14
./range_string.go:52:14:     from ... argument (slice-literal-element) at ./range_string.go:52:13
./range_string.go:52:14:   flow: {heap} = {storage for ... argument}:
./range_string.go:52:14:     from ... argument (spill) at ./range_string.go:52:13
./range_string.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:52:13
./range_string.go:50:22: string(c) escapes to heap:
./range_string.go:50:22:   flow: {storage for ... argument} = &{storage for string(c)}:
./range_string.go:50:22:     from string(c) (spill) at ./range_string.go:50:22
./range_string.go:50:22:     from ... argument (slice-literal-element) at ./range_string.go:50:12
./range_string.go:50:22:   flow: {heap} = {storage for ... argument}:
./range_string.go:50:22:     from ... argument (spill) at ./range_string.go:50:12
./range_string.go:50:22:     from fmt.Print(... argument...) (call parameter) at ./range_string.go:50:12
./range_string.go:50:12: i escapes to heap:
./range_string.go:50:12:   flow: {storage for ... argument} = &{storage for i}:
./range_string.go:50:12:     from i (spill) at ./range_string.go:50:12
./range_string.go:50:12:     from ... argument (slice-literal-element) at ./range_string.go:50:12
./range_string.go:50:12:   flow: {heap} = {storage for ... argument}:
./range_string.go:50:12:     from ... argument (spill) at ./range_string.go:50:12
./range_string.go:50:12:     from fmt.Print(... argument...) (call parameter) at ./range_string.go:50:12
./range_string.go:43:34: " " escapes to heap:
./range_string.go:43:34:   flow: {storage for ... argument} = &{storage for " "}:
./range_string.go:43:34:     from " " (spill) at ./range_string.go:43:34
./range_string.go:43:34:     from ... argument (slice-literal-element) at ./range_string.go:43:12
./range_string.go:43:34:   flow: {heap} = {storage for ... argument}:
./range_string.go:43:34:     from ... argument (spill) at ./range_string.go:43:12
./range_string.go:43:34:     from fmt.Print(... argument...) (call parameter) at ./range_string.go:43:12
./range_string.go:43:27: string(r + 1) escapes to heap:
./range_string.go:43:27:   flow: {storage for ... argument} = &{storage for string(r + 1)}:
./range_string.go:43:27:     from string(r + 1) (spill) at ./range_string.go:43:27
./range_string.go:43:27:     from ... argument (slice-literal-element) at ./range_string.go:43:12
./range_string.go:43:27:   flow: {heap} = {storage for ... argument}:
./range_string.go:43:27:     from ... argument (spill) at ./range_string.go:43:12
./range_string.go:43:27:     from fmt.Print(... argument...) (call parameter) at ./range_string.go:43:12
./range_string.go:43:16: " " escapes to heap:
./range_string.go:43:16:   flow: {storage for ... argument} = &{storage for " "}:
./range_string.go:43:16:     from " " (spill) at ./range_string.go:43:16
./range_string.go:43:16:     from ... argument (slice-literal-element) at ./range_string.go:43:12
./range_string.go:43:16:   flow: {heap} = {storage for ... argument}:
./range_string.go:43:16:     from ... argument (spill) at ./range_string.go:43:12
./range_string.go:43:16:     from fmt.Print(... argument...) (call parameter) at ./range_string.go:43:12
./range_string.go:43:12: r escapes to heap:
./range_string.go:43:12:   flow: {storage for ... argument} = &{storage for r}:
./range_string.go:43:12:     from r (spill) at ./range_string.go:43:12
./range_string.go:43:12:     from ... argument (slice-literal-element) at ./range_string.go:43:12
./range_string.go:43:12:   flow: {heap} = {storage for ... argument}:
./range_string.go:43:12:     from ... argument (spill) at ./range_string.go:43:12
./range_string.go:43:12:     from fmt.Print(... argument...) (call parameter) at ./range_string.go:43:12
./range_string.go:40:38: len("日本語") escapes to heap:
./range_string.go:40:38:   flow: {storage for ... argument} = &{storage for len("日本語")}:
./range_string.go:40:38:     from len("日本語") (spill) at ./range_string.go:40:38
./range_string.go:40:38:     from ... argument (slice-literal-element) at ./range_string.go:40:13
./range_string.go:40:38:   flow: {heap} = {storage for ... argument}:
./range_string.go:40:38:     from ... argument (spill) at ./range_string.go:40:13
./range_string.go:40:38:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:40:13
./range_string.go:40:26: "bytes" escapes to heap:
./range_string.go:40:26:   flow: {storage for ... argument} = &{storage for "bytes"}:
./range_string.go:40:26:     from "bytes" (spill) at ./range_string.go:40:26
./range_string.go:40:26:     from ... argument (slice-literal-element) at ./range_string.go:40:13
./range_string.go:40:26:   flow: {heap} = {storage for ... argument}:
./range_string.go:40:26:     from ... argument (spill) at ./range_string.go:40:13
./range_string.go:40:26:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:40:13
./range_string.go:40:14: n escapes to heap:
./range_string.go:40:14:   flow: {storage for ... argument} = &{storage for n}:
./range_string.go:40:14:     from n (spill) at ./range_string.go:40:14
./range_string.go:40:14:     from ... argument (slice-literal-element) at ./range_string.go:40:13
./range_string.go:40:14:   flow: {heap} = {storage for ... argument}:
./range_string.go:40:14:     from ... argument (spill) at ./range_string.go:40:13
./range_string.go:40:14:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:40:13
./range_string.go:40:14: "runes" escapes to heap:
./range_string.go:40:14:   flow: {storage for ... argument} = &{storage for "runes"}:
./range_string.go:40:14:     from "runes" (spill) at ./range_string.go:40:14
./range_string.go:40:14:     from ... argument (slice-literal-element) at ./range_string.go:40:13
./range_string.go:40:14:   flow: {heap} = {storage for ... argument}:
./range_string.go:40:14:     from ... argument (spill) at ./range_string.go:40:13
./range_string.go:40:14:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:40:13
./range_string.go:34:14: count escapes to heap:
./range_string.go:34:14:   flow: {storage for ... argument} = &{storage for count}:
./range_string.go:34:14:     from count (spill) at ./range_string.go:34:14
./range_string.go:34:14:     from ... argument (slice-literal-element) at ./range_string.go:34:13
./range_string.go:34:14:   flow: {heap} = {storage for ... argument}:
./range_string.go:34:14:     from ... argument (spill) at ./range_string.go:34:13
./range_string.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:34:13
./range_string.go:34:14: "sum of indices" escapes to heap:
./range_string.go:34:14:   flow: {storage for ... argument} = &{storage for "sum of indices"}:
./range_string.go:34:14:     from "sum of indices" (spill) at ./range_string.go:34:14
./range_string.go:34:14:     from ... argument (slice-literal-element) at ./range_string.go:34:13
./range_string.go:34:14:   flow: {heap} = {storage for ... argument}:
./range_string.go:34:14:     from ... argument (spill) at ./range_string.go:34:13
./range_string.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./range_string.go:34:13
./range_string.go:58:30: string(last) escapes to heap:
./range_string.go:58:30:   flow: {storage for string(last)} = &{storage for string(last)}:
./range_string.go:58:30:     from string(last) (spill) at ./range_string.go:58:30
./range_string.go:58:30:     from string(last) (interface-converted) at ./range_string.go:58:30
./range_string.go:50:22: string(c) escapes to heap:
./range_string.go:50:22:   flow: {storage for string(c)} = &{storage for string(c)}:
./range_string.go:50:22:     from string(c) (spill) at ./range_string.go:50:22
./range_string.go:50:22:     from string(c) (interface-converted) at ./range_string.go:50:22
./range_string.go:43:27: string(r + 1) escapes to heap:
./range_string.go:43:27:   flow: {storage for string(r + 1)} = &{storage for string(r + 1)}:
./range_string.go:43:27:     from string(r + 1) (spill) at ./range_string.go:43:27
./range_string.go:43:27:     from string(r + 1) (interface-converted) at ./range_string.go:43:27
./range_string.go:34:13: ... argument does not escape
./range_string.go:34:14: "sum of indices" escapes to heap
./range_string.go:34:14: count escapes to heap
./range_string.go:40:13: ... argument does not escape
./range_string.go:40:14: "runes" escapes to heap
./range_string.go:40:14: n escapes to heap
./range_string.go:40:26: "bytes" escapes to heap
./range_string.go:40:38: len("日本語") escapes to heap
./range_string.go:43:12: ... argument does not escape
./range_string.go:43:12: r escapes to heap
./range_string.go:43:16: " " escapes to heap
./range_string.go:43:27: string(r + 1) escapes to heap
./range_string.go:43:27: string(r + 1) escapes to heap
./range_string.go:43:34: " " escapes to heap
./range_string.go:50:12: ... argument does not escape
./range_string.go:50:12: i escapes to heap
./range_string.go:50:22: string(c) escapes to heap
./range_string.go:50:22: string(c) escapes to heap
./range_string.go:52:13: ... argument does not escape
./range_string.go:52:14: " " escapes to heap
./range_string.go:52:14: s escapes to heap
./range_string.go:58:13: ... argument does not escape
./range_string.go:58:13: li escapes to heap
./range_string.go:58:13: last escapes to heap
./range_string.go:58:30: string(last) escapes to heap
./range_string.go:58:30: string(last) escapes to heap
./range_string.go:68:13: ... argument does not escape
./range_string.go:68:14: "vowels" escapes to heap
./range_string.go:68:14: vowels escapes to heap
