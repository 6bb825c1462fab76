./io_fmt_scan_stdin.go:28:13: c escapes to heap:
./io_fmt_scan_stdin.go:28:13:   flow: {storage for ... argument} = &{storage for c}:
./io_fmt_scan_stdin.go:28:13:     from c (spill) at ./io_fmt_scan_stdin.go:28:13
./io_fmt_scan_stdin.go:28:13:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:28:13
./io_fmt_scan_stdin.go:28:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:28:13:     from ... argument (spill) at ./io_fmt_scan_stdin.go:28:13
./io_fmt_scan_stdin.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:28:13
./io_fmt_scan_stdin.go:23:6: a escapes to heap:
./io_fmt_scan_stdin.go:23:6:   flow: {storage for ... argument} = &a:
./io_fmt_scan_stdin.go:23:6:     from &a (address-of) at ./io_fmt_scan_stdin.go:27:20
./io_fmt_scan_stdin.go:23:6:     from &a (interface-converted) at ./io_fmt_scan_stdin.go:27:20
./io_fmt_scan_stdin.go:23:6:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:27:19
./io_fmt_scan_stdin.go:23:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:23:6:     from ... argument (spill) at ./io_fmt_scan_stdin.go:27:19
./io_fmt_scan_stdin.go:23:6:     from fmt.Scan(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:27:19
./io_fmt_scan_stdin.go:26:13: total escapes to heap:
./io_fmt_scan_stdin.go:26:13:   flow: {storage for ... argument} = &{storage for total}:
./io_fmt_scan_stdin.go:26:13:     from total (spill) at ./io_fmt_scan_stdin.go:26:13
./io_fmt_scan_stdin.go:26:13:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:26:12
./io_fmt_scan_stdin.go:26:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:26:13:     from ... argument (spill) at ./io_fmt_scan_stdin.go:26:12
./io_fmt_scan_stdin.go:26:13:     from fmt.Printf("total %.2f\n", ... argument...) (call parameter) at ./io_fmt_scan_stdin.go:26:12
./io_fmt_scan_stdin.go:25:13: b escapes to heap:
./io_fmt_scan_stdin.go:25:13:   flow: {storage for ... argument} = &{storage for b}:
./io_fmt_scan_stdin.go:25:13:     from b (spill) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:25:13:     from ... argument (spill) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13: a escapes to heap:
./io_fmt_scan_stdin.go:25:13:   flow: {storage for ... argument} = &{storage for a}:
./io_fmt_scan_stdin.go:25:13:     from a (spill) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:25:13:     from ... argument (spill) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13: c escapes to heap:
./io_fmt_scan_stdin.go:25:13:   flow: {storage for ... argument} = &{storage for c}:
./io_fmt_scan_stdin.go:25:13:     from c (spill) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:25:13:     from ... argument (spill) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:25:13
./io_fmt_scan_stdin.go:23:9: b escapes to heap:
./io_fmt_scan_stdin.go:23:9:   flow: {storage for ... argument} = &b:
./io_fmt_scan_stdin.go:23:9:     from &b (address-of) at ./io_fmt_scan_stdin.go:24:36
./io_fmt_scan_stdin.go:23:9:     from &b (interface-converted) at ./io_fmt_scan_stdin.go:24:36
./io_fmt_scan_stdin.go:23:9:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:24:20
./io_fmt_scan_stdin.go:23:9:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:23:9:     from ... argument (spill) at ./io_fmt_scan_stdin.go:24:20
./io_fmt_scan_stdin.go:23:9:     from fmt.Scanf("%d,%d\n", ... argument...) (call parameter) at ./io_fmt_scan_stdin.go:24:20
./io_fmt_scan_stdin.go:22:13: name escapes to heap:
./io_fmt_scan_stdin.go:22:13:   flow: {storage for ... argument} = &{storage for name}:
./io_fmt_scan_stdin.go:22:13:     from name (spill) at ./io_fmt_scan_stdin.go:22:13
./io_fmt_scan_stdin.go:22:13:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:22:13
./io_fmt_scan_stdin.go:22:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:22:13:     from ... argument (spill) at ./io_fmt_scan_stdin.go:22:13
./io_fmt_scan_stdin.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:22:13
./io_fmt_scan_stdin.go:22:13: c escapes to heap:
./io_fmt_scan_stdin.go:22:13:   flow: {storage for ... argument} = &{storage for c}:
./io_fmt_scan_stdin.go:22:13:     from c (spill) at ./io_fmt_scan_stdin.go:22:13
./io_fmt_scan_stdin.go:22:13:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:22:13
./io_fmt_scan_stdin.go:22:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:22:13:     from ... argument (spill) at ./io_fmt_scan_stdin.go:22:13
./io_fmt_scan_stdin.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:22:13
./io_fmt_scan_stdin.go:18:6: name escapes to heap:
./io_fmt_scan_stdin.go:18:6:   flow: {storage for ... argument} = &name:
./io_fmt_scan_stdin.go:18:6:     from &name (address-of) at ./io_fmt_scan_stdin.go:21:22
./io_fmt_scan_stdin.go:18:6:     from &name (interface-converted) at ./io_fmt_scan_stdin.go:21:22
./io_fmt_scan_stdin.go:18:6:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:21:21
./io_fmt_scan_stdin.go:18:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:18:6:     from ... argument (spill) at ./io_fmt_scan_stdin.go:21:21
./io_fmt_scan_stdin.go:18:6:     from fmt.Scanln(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:21:21
./io_fmt_scan_stdin.go:20:13: name escapes to heap:
./io_fmt_scan_stdin.go:20:13:   flow: {storage for ... argument} = &{storage for name}:
./io_fmt_scan_stdin.go:20:13:     from name (spill) at ./io_fmt_scan_stdin.go:20:13
./io_fmt_scan_stdin.go:20:13:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:20:13
./io_fmt_scan_stdin.go:20:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:20:13:     from ... argument (spill) at ./io_fmt_scan_stdin.go:20:13
./io_fmt_scan_stdin.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:20:13
./io_fmt_scan_stdin.go:20:13: c escapes to heap:
./io_fmt_scan_stdin.go:20:13:   flow: {storage for ... argument} = &{storage for c}:
./io_fmt_scan_stdin.go:20:13:     from c (spill) at ./io_fmt_scan_stdin.go:20:13
./io_fmt_scan_stdin.go:20:13:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:20:13
./io_fmt_scan_stdin.go:20:13:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:20:13:     from ... argument (spill) at ./io_fmt_scan_stdin.go:20:13
./io_fmt_scan_stdin.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:20:13
./io_fmt_scan_stdin.go:13:16: "err" escapes to heap:
./io_fmt_scan_stdin.go:13:16:   flow: {storage for ... argument} = &{storage for "err"}:
./io_fmt_scan_stdin.go:13:16:     from "err" (spill) at ./io_fmt_scan_stdin.go:13:16
./io_fmt_scan_stdin.go:13:16:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:13:15
./io_fmt_scan_stdin.go:13:16:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:13:16:     from ... argument (spill) at ./io_fmt_scan_stdin.go:13:15
./io_fmt_scan_stdin.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:13:15
./io_fmt_scan_stdin.go:11:7: x escapes to heap:
./io_fmt_scan_stdin.go:11:7:   flow: {storage for ... argument} = &x:
./io_fmt_scan_stdin.go:11:7:     from &x (address-of) at ./io_fmt_scan_stdin.go:12:25
./io_fmt_scan_stdin.go:11:7:     from &x (interface-converted) at ./io_fmt_scan_stdin.go:12:25
./io_fmt_scan_stdin.go:11:7:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:12:24
./io_fmt_scan_stdin.go:11:7:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:11:7:     from ... argument (spill) at ./io_fmt_scan_stdin.go:12:24
./io_fmt_scan_stdin.go:11:7:     from fmt.Scan(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:12:24
./io_fmt_scan_stdin.go:6:6: n escapes to heap:
./io_fmt_scan_stdin.go:6:6:   flow: {storage for ... argument} = &n:
./io_fmt_scan_stdin.go:6:6:     from &n (address-of) at ./io_fmt_scan_stdin.go:8:11
./io_fmt_scan_stdin.go:6:6:     from &n (interface-converted) at ./io_fmt_scan_stdin.go:8:11
./io_fmt_scan_stdin.go:6:6:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:8:10
./io_fmt_scan_stdin.go:6:6:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:6:6:     from ... argument (spill) at ./io_fmt_scan_stdin.go:8:10
./io_fmt_scan_stdin.go:6:6:     from fmt.Scan(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:8:10
./io_fmt_scan_stdin.go:7:12: "how many? " escapes to heap:
./io_fmt_scan_stdin.go:7:12:   flow: {storage for ... argument} = &{storage for "how many? "}:
./io_fmt_scan_stdin.go:7:12:     from "how many? " (spill) at ./io_fmt_scan_stdin.go:7:12
./io_fmt_scan_stdin.go:7:12:     from ... argument (slice-literal-element) at ./io_fmt_scan_stdin.go:7:11
./io_fmt_scan_stdin.go:7:12:   flow: {heap} = {storage for ... argument}:
./io_fmt_scan_stdin.go:7:12:     from ... argument (spill) at ./io_fmt_scan_stdin.go:7:11
./io_fmt_scan_stdin.go:7:12:     from fmt.Print(... argument...) (call parameter) at ./io_fmt_scan_stdin.go:7:11
./io_fmt_scan_stdin.go:6:6: moved to heap: n
./io_fmt_scan_stdin.go:11:7: moved to heap: x
./io_fmt_scan_stdin.go:18:6: moved to heap: name
./io_fmt_scan_stdin.go:23:6: moved to heap: a
./io_fmt_scan_stdin.go:23:9: moved to heap: b
./io_fmt_scan_stdin.go:7:11: ... argument does not escape
./io_fmt_scan_stdin.go:7:12: "how many? " escapes to heap
./io_fmt_scan_stdin.go:8:10: ... argument does not escape
./io_fmt_scan_stdin.go:12:24: ... argument does not escape
./io_fmt_scan_stdin.go:13:15: ... argument does not escape
./io_fmt_scan_stdin.go:13:16: "err" escapes to heap
./io_fmt_scan_stdin.go:19:22: ... argument does not escape
./io_fmt_scan_stdin.go:20:13: ... argument does not escape
./io_fmt_scan_stdin.go:20:13: c escapes to heap
./io_fmt_scan_stdin.go:20:13: name escapes to heap
./io_fmt_scan_stdin.go:21:21: ... argument does not escape
./io_fmt_scan_stdin.go:22:13: ... argument does not escape
./io_fmt_scan_stdin.go:22:13: c escapes to heap
./io_fmt_scan_stdin.go:22:13: name escapes to heap
./io_fmt_scan_stdin.go:24:20: ... argument does not escape
./io_fmt_scan_stdin.go:25:13: ... argument does not escape
./io_fmt_scan_stdin.go:25:13: c escapes to heap
./io_fmt_scan_stdin.go:25:13: a escapes to heap
./io_fmt_scan_stdin.go:25:13: b escapes to heap
./io_fmt_scan_stdin.go:26:12: ... argument does not escape
./io_fmt_scan_stdin.go:26:13: total escapes to heap
./io_fmt_scan_stdin.go:27:19: ... argument does not escape
./io_fmt_scan_stdin.go:28:13: ... argument does not escape
./io_fmt_scan_stdin.go:28:13: c escapes to heap
