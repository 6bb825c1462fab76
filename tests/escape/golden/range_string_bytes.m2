./range_string_bytes.go:31:13: last escapes to heap:
./range_string_bytes.go:31:13:   flow: {storage for ... argument} = &{storage for last}:
./range_string_bytes.go:31:13:     from last (spill) at ./range_string_bytes.go:31:13
./range_string_bytes.go:31:13:     from ... argument (slice-literal-element) at ./range_string_bytes.go:31:13
./range_string_bytes.go:31:13:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:31:13:     from ... argument (spill) at ./range_string_bytes.go:31:13
./range_string_bytes.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./range_string_bytes.go:31:13
./range_string_bytes.go:26:32: len(([]rune)(s)) escapes to heap:
./range_string_bytes.go:26:32:   flow: {storage for ... argument} = &{storage for len(([]rune)(s))}:
./range_string_bytes.go:26:32:     from len(([]rune)(s)) (spill) at ./range_string_bytes.go:26:32
./range_string_bytes.go:26:32:     from ... argument (slice-literal-element) at ./range_string_bytes.go:26:13
./range_string_bytes.go:26:32:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:26:32:     from ... argument (spill) at ./range_string_bytes.go:26:13
./range_string_bytes.go:26:32:     from fmt.Println(... argument...) (call parameter) at ./range_string_bytes.go:26:13
./range_string_bytes.go:26:24: len(s) escapes to heap:
./range_string_bytes.go:26:24:   flow: {storage for ... argument} = &{storage for len(s)}:
./range_string_bytes.go:26:24:     from len(s) (spill) at ./range_string_bytes.go:26:24
./range_string_bytes.go:26:24:     from ... argument (slice-literal-element) at ./range_string_bytes.go:26:13
./range_string_bytes.go:26:24:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:26:24:     from ... argument (spill) at ./range_string_bytes.go:26:13
./range_string_bytes.go:26:24:     from fmt.Println(... argument...) (call parameter) at ./range_string_bytes.go:26:13
./range_string_bytes.go:26:13: count escapes to heap:
./range_string_bytes.go:26:13:   flow: {storage for ... argument} = &{storage for count}:
./range_string_bytes.go:26:13:     from count (spill) at ./range_string_bytes.go:26:13
./range_string_bytes.go:26:13:     from ... argument (slice-literal-element) at ./range_string_bytes.go:26:13
./range_string_bytes.go:26:13:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:26:13:     from ... argument (spill) at ./range_string_bytes.go:26:13
./range_string_bytes.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./range_string_bytes.go:26:13
./range_string_bytes.go:18:14: r escapes to heap:
./range_string_bytes.go:18:14:   flow: {storage for ... argument} = &{storage for r}:
./range_string_bytes.go:18:14:     from r (spill) at ./range_string_bytes.go:18:14
./range_string_bytes.go:18:14:     from ... argument (slice-literal-element) at ./range_string_bytes.go:18:13
./range_string_bytes.go:18:14:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:18:14:     from ... argument (spill) at ./range_string_bytes.go:18:13
./range_string_bytes.go:18:14:     from fmt.Printf("%d:%U ", ... argument...) (call parameter) at ./range_string_bytes.go:18:13
./range_string_bytes.go:18:14: i escapes to heap:
./range_string_bytes.go:18:14:   flow: {storage for ... argument} = &{storage for i}:
./range_string_bytes.go:18:14:     from i (spill) at ./range_string_bytes.go:18:14
./range_string_bytes.go:18:14:     from ... argument (slice-literal-element) at ./range_string_bytes.go:18:13
./range_string_bytes.go:18:14:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:18:14:     from ... argument (spill) at ./range_string_bytes.go:18:13
./range_string_bytes.go:18:14:     from fmt.Printf("%d:%U ", ... argument...) (call parameter) at ./range_string_bytes.go:18:13
./range_string_bytes.go:14:14: b escapes to heap:
./range_string_bytes.go:14:14:   flow: {storage for ... argument} = &{storage for b}:
./range_string_bytes.go:14:14:     from b (spill) at ./range_string_bytes.go:14:14
./range_string_bytes.go:14:14:     from ... argument (slice-literal-element) at ./range_string_bytes.go:14:13
./range_string_bytes.go:14:14:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:14:14:     from ... argument (spill) at ./range_string_bytes.go:14:13
./range_string_bytes.go:14:14:     from fmt.Printf("%d:%02x ", ... argument...) (call parameter) at ./range_string_bytes.go:14:13
./range_string_bytes.go:14:14: i escapes to heap:
./range_string_bytes.go:14:14:   flow: {storage for ... argument} = &{storage for i}:
./range_string_bytes.go:14:14:     from i (spill) at ./range_string_bytes.go:14:14
./range_string_bytes.go:14:14:     from ... argument (slice-literal-element) at ./range_string_bytes.go:14:13
./range_string_bytes.go:14:14:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:14:14:     from ... argument (spill) at ./range_string_bytes.go:14:13
./range_string_bytes.go:14:14:     from fmt.Printf("%d:%02x ", ... argument...) (call parameter) at ./range_string_bytes.go:14:13
./range_string_bytes.go:10:32: " " escapes to heap:
./range_string_bytes.go:10:32:   flow: {storage for ... argument} = &{storage for " "}:
./range_string_bytes.go:10:32:     from " " (spill) at ./range_string_bytes.go:10:32
./range_string_bytes.go:10:32:     from ... argument (slice-literal-element) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:32:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:10:32:     from ... argument (spill) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:32:     from fmt.Print(... argument...) (call parameter) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:27: string(r) escapes to heap:
./range_string_bytes.go:10:27:   flow: {storage for ... argument} = &{storage for string(r)}:
./range_string_bytes.go:10:27:     from string(r) (spill) at ./range_string_bytes.go:10:27
./range_string_bytes.go:10:27:     from ... argument (slice-literal-element) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:27:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:10:27:     from ... argument (spill) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:27:     from fmt.Print(... argument...) (call parameter) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:16: ":" escapes to heap:
./range_string_bytes.go:10:16:   flow: {storage for ... argument} = &{storage for ":"}:
./range_string_bytes.go:10:16:     from ":" (spill) at ./range_string_bytes.go:10:16
./range_string_bytes.go:10:16:     from ... argument (slice-literal-element) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:16:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:10:16:     from ... argument (spill) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:16:     from fmt.Print(... argument...) (call parameter) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:12: i escapes to heap:
./range_string_bytes.go:10:12:   flow: {storage for ... argument} = &{storage for i}:
./range_string_bytes.go:10:12:     from i (spill) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:12:     from ... argument (slice-literal-element) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:12:   flow: {heap} = {storage for ... argument}:
./range_string_bytes.go:10:12:     from ... argument (spill) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:12:     from fmt.Print(... argument...) (call parameter) at ./range_string_bytes.go:10:12
./range_string_bytes.go:10:27: string(r) escapes to heap:
./range_string_bytes.go:10:27:   flow: {storage for string(r)} = &{storage for string(r)}:
./range_string_bytes.go:10:27:     from string(r) (spill) at ./range_string_bytes.go:10:27
./range_string_bytes.go:10:27:     from string(r) (interface-converted) at ./range_string_bytes.go:10:27
./range_string_bytes.go:10:12: ... argument does not escape
./range_string_bytes.go:10:12: i escapes to heap
./range_string_bytes.go:10:16: ":" escapes to heap
./range_string_bytes.go:10:27: string(r) escapes to heap
./range_string_bytes.go:10:27: string(r) escapes to heap
./range_string_bytes.go:10:32: " " escapes to heap
./range_string_bytes.go:13:26: ([]byte)(s) does not escape
./range_string_bytes.go:14:13: ... argument does not escape
./range_string_bytes.go:14:14: i escapes to heap
./range_string_bytes.go:14:14: b escapes to heap
./range_string_bytes.go:17:26: ([]rune)(s) does not escape
./range_string_bytes.go:18:13: ... argument does not escape
./range_string_bytes.go:18:14: i escapes to heap
./range_string_bytes.go:18:14: r escapes to heap
./range_string_bytes.go:26:13: ... argument does not escape
./range_string_bytes.go:26:13: count escapes to heap
./range_string_bytes.go:26:24: len(s) escapes to heap
./range_string_bytes.go:26:32: len(([]rune)(s)) escapes to heap
./range_string_bytes.go:26:39: ([]rune)(s) does not escape
./range_string_bytes.go:31:13: ... argument does not escape
./range_string_bytes.go:31:13: last escapes to heap
