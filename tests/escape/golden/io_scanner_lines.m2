./io_scanner_lines.go:22:35: (*bufio.Scanner).Text(sc) == "" escapes to heap:
./io_scanner_lines.go:22:35:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Text(sc) == ""}:
./io_scanner_lines.go:22:35:     from (*bufio.Scanner).Text(sc) == "" (spill) at ./io_scanner_lines.go:22:35
./io_scanner_lines.go:22:35:     from ... argument (slice-literal-element) at ./io_scanner_lines.go:22:13
./io_scanner_lines.go:22:35:   flow: {heap} = {storage for ... argument}:
./io_scanner_lines.go:22:35:     from ... argument (spill) at ./io_scanner_lines.go:22:13
./io_scanner_lines.go:22:35:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_lines.go:22:13
./io_scanner_lines.go:22:21: (*bufio.Scanner).Scan(sc) escapes to heap:
./io_scanner_lines.go:22:21:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Scan(sc)}:
./io_scanner_lines.go:22:21:     from (*bufio.Scanner).Scan(sc) (spill) at ./io_scanner_lines.go:22:21
./io_scanner_lines.go:22:21:     from ... argument (slice-literal-element) at ./io_scanner_lines.go:22:13
./io_scanner_lines.go:22:21:   flow: {heap} = {storage for ... argument}:
./io_scanner_lines.go:22:21:     from ... argument (spill) at ./io_scanner_lines.go:22:13
./io_scanner_lines.go:22:21:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_lines.go:22:13
./io_scanner_lines.go:21:27: "err:" escapes to heap:
./io_scanner_lines.go:21:27:   flow: {storage for ... argument} = &{storage for "err:"}:
./io_scanner_lines.go:21:27:     from "err:" (spill) at ./io_scanner_lines.go:21:27
./io_scanner_lines.go:21:27:     from ... argument (slice-literal-element) at ./io_scanner_lines.go:21:13
./io_scanner_lines.go:21:27:   flow: {heap} = {storage for ... argument}:
./io_scanner_lines.go:21:27:     from ... argument (spill) at ./io_scanner_lines.go:21:13
./io_scanner_lines.go:21:27:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_lines.go:21:13
./io_scanner_lines.go:21:14: n escapes to heap:
./io_scanner_lines.go:21:14:   flow: {storage for ... argument} = &{storage for n}:
./io_scanner_lines.go:21:14:     from n (spill) at ./io_scanner_lines.go:21:14
./io_scanner_lines.go:21:14:     from ... argument (slice-literal-element) at ./io_scanner_lines.go:21:13
./io_scanner_lines.go:21:14:   flow: {heap} = {storage for ... argument}:
./io_scanner_lines.go:21:14:     from ... argument (spill) at ./io_scanner_lines.go:21:13
./io_scanner_lines.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_lines.go:21:13
./io_scanner_lines.go:21:14: "lines:" escapes to heap:
./io_scanner_lines.go:21:14:   flow: {storage for ... argument} = &{storage for "lines:"}:
./io_scanner_lines.go:21:14:     from "lines:" (spill) at ./io_scanner_lines.go:21:14
./io_scanner_lines.go:21:14:     from ... argument (slice-literal-element) at ./io_scanner_lines.go:21:13
./io_scanner_lines.go:21:14:   flow: {heap} = {storage for ... argument}:
./io_scanner_lines.go:21:14:     from ... argument (spill) at ./io_scanner_lines.go:21:13
./io_scanner_lines.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_lines.go:21:13
./io_scanner_lines.go:18:49: strings.TrimSpace(line[1:]) escapes to heap:
./io_scanner_lines.go:18:49:   flow: {storage for ... argument} = &{storage for strings.TrimSpace(line[1:])}:
./io_scanner_lines.go:18:49:     from strings.TrimSpace(line[1:]) (spill) at ./io_scanner_lines.go:18:49
./io_scanner_lines.go:18:49:     from ... argument (slice-literal-element) at ./io_scanner_lines.go:18:15
./io_scanner_lines.go:18:49:   flow: {heap} = {storage for ... argument}:
./io_scanner_lines.go:18:49:     from ... argument (spill) at ./io_scanner_lines.go:18:15
./io_scanner_lines.go:18:49:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_lines.go:18:15
./io_scanner_lines.go:18:16: "    comment:" escapes to heap:
./io_scanner_lines.go:18:16:   flow: {storage for ... argument} = &{storage for "    comment:"}:
./io_scanner_lines.go:18:16:     from "    comment:" (spill) at ./io_scanner_lines.go:18:16
./io_scanner_lines.go:18:16:     from ... argument (slice-literal-element) at ./io_scanner_lines.go:18:15
./io_scanner_lines.go:18:16:   flow: {heap} = {storage for ... argument}:
./io_scanner_lines.go:18:16:     from ... argument (spill) at ./io_scanner_lines.go:18:15
./io_scanner_lines.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_lines.go:18:15
./io_scanner_lines.go:16:37: line escapes to heap:
./io_scanner_lines.go:16:37:   flow: {storage for ... argument} = &{storage for line}:
./io_scanner_lines.go:16:37:     from line (spill) at ./io_scanner_lines.go:16:37
./io_scanner_lines.go:16:37:     from ... argument (slice-literal-element) at ./io_scanner_lines.go:16:13
./io_scanner_lines.go:16:37:   flow: {heap} = {storage for ... argument}:
./io_scanner_lines.go:16:37:     from ... argument (spill) at ./io_scanner_lines.go:16:13
./io_scanner_lines.go:16:37:     from fmt.Printf("%3d %-4d %q\n", ... argument...) (call parameter) at ./io_scanner_lines.go:16:13
./io_scanner_lines.go:16:37: len(line) escapes to heap:
./io_scanner_lines.go:16:37:   flow: {storage for ... argument} = &{storage for len(line)}:
./io_scanner_lines.go:16:37:     from len(line) (spill) at ./io_scanner_lines.go:16:37
./io_scanner_lines.go:16:37:     from ... argument (slice-literal-element) at ./io_scanner_lines.go:16:13
./io_scanner_lines.go:16:37:   flow: {heap} = {storage for ... argument}:
./io_scanner_lines.go:16:37:     from ... argument (spill) at ./io_scanner_lines.go:16:13
./io_scanner_lines.go:16:37:     from fmt.Printf("%3d %-4d %q\n", ... argument...) (call parameter) at ./io_scanner_lines.go:16:13
./io_scanner_lines.go:16:14: n escapes to heap:
./io_scanner_lines.go:16:14:   flow: {storage for ... argument} = &{storage for n}:
./io_scanner_lines.go:16:14:     from n (spill) at ./io_scanner_lines.go:16:14
./io_scanner_lines.go:16:14:     from ... argument (slice-literal-element) at ./io_scanner_lines.go:16:13
./io_scanner_lines.go:16:14:   flow: {heap} = {storage for ... argument}:
./io_scanner_lines.go:16:14:     from ... argument (spill) at ./io_scanner_lines.go:16:13
./io_scanner_lines.go:16:14:     from fmt.Printf("%3d %-4d %q\n", ... argument...) (call parameter) at ./io_scanner_lines.go:16:13
./io_scanner_lines.go:16:13: ... argument does not escape
./io_scanner_lines.go:16:14: n escapes to heap
./io_scanner_lines.go:16:37: len(line) escapes to heap
./io_scanner_lines.go:16:37: line escapes to heap
./io_scanner_lines.go:18:15: ... argument does not escape
./io_scanner_lines.go:18:16: "    comment:" escapes to heap
./io_scanner_lines.go:18:49: strings.TrimSpace(line[1:]) escapes to heap
./io_scanner_lines.go:21:13: ... argument does not escape
./io_scanner_lines.go:21:14: "lines:" escapes to heap
./io_scanner_lines.go:21:14: n escapes to heap
./io_scanner_lines.go:21:27: "err:" escapes to heap
./io_scanner_lines.go:22:13: ... argument does not escape
./io_scanner_lines.go:22:21: (*bufio.Scanner).Scan(sc) escapes to heap
./io_scanner_lines.go:22:35: (*bufio.Scanner).Text(sc) == "" escapes to heap
