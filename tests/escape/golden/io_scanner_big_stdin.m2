./io_scanner_big_stdin.go:17:14: total escapes to heap:
./io_scanner_big_stdin.go:17:14:   flow: {storage for ... argument} = &{storage for total}:
./io_scanner_big_stdin.go:17:14:     from total (spill) at ./io_scanner_big_stdin.go:17:14
./io_scanner_big_stdin.go:17:14:     from ... argument (slice-literal-element) at ./io_scanner_big_stdin.go:17:13
./io_scanner_big_stdin.go:17:14:   flow: {heap} = {storage for ... argument}:
./io_scanner_big_stdin.go:17:14:     from ... argument (spill) at ./io_scanner_big_stdin.go:17:13
./io_scanner_big_stdin.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_big_stdin.go:17:13
./io_scanner_big_stdin.go:17:14: "bytes" escapes to heap:
./io_scanner_big_stdin.go:17:14:   flow: {storage for ... argument} = &{storage for "bytes"}:
./io_scanner_big_stdin.go:17:14:     from "bytes" (spill) at ./io_scanner_big_stdin.go:17:14
./io_scanner_big_stdin.go:17:14:     from ... argument (slice-literal-element) at ./io_scanner_big_stdin.go:17:13
./io_scanner_big_stdin.go:17:14:   flow: {heap} = {storage for ... argument}:
./io_scanner_big_stdin.go:17:14:     from ... argument (spill) at ./io_scanner_big_stdin.go:17:13
./io_scanner_big_stdin.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_big_stdin.go:17:13
./io_scanner_big_stdin.go:15:34: t[len(t) - 3:] escapes to heap:
./io_scanner_big_stdin.go:15:34:   flow: {storage for ... argument} = &{storage for t[len(t) - 3:]}:
./io_scanner_big_stdin.go:15:34:     from t[len(t) - 3:] (spill) at ./io_scanner_big_stdin.go:15:34
./io_scanner_big_stdin.go:15:34:     from ... argument (slice-literal-element) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:34:   flow: {heap} = {storage for ... argument}:
./io_scanner_big_stdin.go:15:34:     from ... argument (spill) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:34:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:27: t[:3] escapes to heap:
./io_scanner_big_stdin.go:15:27:   flow: {storage for ... argument} = &{storage for t[:3]}:
./io_scanner_big_stdin.go:15:27:     from t[:3] (spill) at ./io_scanner_big_stdin.go:15:27
./io_scanner_big_stdin.go:15:27:     from ... argument (slice-literal-element) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:27:   flow: {heap} = {storage for ... argument}:
./io_scanner_big_stdin.go:15:27:     from ... argument (spill) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:27:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:21: len(t) escapes to heap:
./io_scanner_big_stdin.go:15:21:   flow: {storage for ... argument} = &{storage for len(t)}:
./io_scanner_big_stdin.go:15:21:     from len(t) (spill) at ./io_scanner_big_stdin.go:15:21
./io_scanner_big_stdin.go:15:21:     from ... argument (slice-literal-element) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:21:   flow: {heap} = {storage for ... argument}:
./io_scanner_big_stdin.go:15:21:     from ... argument (spill) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:21:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:14: i escapes to heap:
./io_scanner_big_stdin.go:15:14:   flow: {storage for ... argument} = &{storage for i}:
./io_scanner_big_stdin.go:15:14:     from i (spill) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:14:     from ... argument (slice-literal-element) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:14:   flow: {heap} = {storage for ... argument}:
./io_scanner_big_stdin.go:15:14:     from ... argument (spill) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_big_stdin.go:15:14
./io_scanner_big_stdin.go:15:14: ... argument does not escape
./io_scanner_big_stdin.go:15:14: i escapes to heap
./io_scanner_big_stdin.go:15:21: len(t) escapes to heap
./io_scanner_big_stdin.go:15:27: t[:3] escapes to heap
./io_scanner_big_stdin.go:15:34: t[len(t) - 3:] escapes to heap
./io_scanner_big_stdin.go:17:13: ... argument does not escape
./io_scanner_big_stdin.go:17:14: "bytes" escapes to heap
./io_scanner_big_stdin.go:17:14: total escapes to heap
