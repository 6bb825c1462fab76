./io_scan_words_stdin.go:28:23: (*strings.Builder).String(sb) escapes to heap:
./io_scan_words_stdin.go:28:23:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(sb)}:
./io_scan_words_stdin.go:28:23:     from (*strings.Builder).String(sb) (spill) at ./io_scan_words_stdin.go:28:23
./io_scan_words_stdin.go:28:23:     from ... argument (slice-literal-element) at ./io_scan_words_stdin.go:28:13
./io_scan_words_stdin.go:28:23:   flow: {heap} = {storage for ... argument}:
./io_scan_words_stdin.go:28:23:     from ... argument (spill) at ./io_scan_words_stdin.go:28:13
./io_scan_words_stdin.go:28:23:     from fmt.Println(... argument...) (call parameter) at ./io_scan_words_stdin.go:28:13
./io_scan_words_stdin.go:27:13: longest escapes to heap:
./io_scan_words_stdin.go:27:13:   flow: {storage for ... argument} = &{storage for longest}:
./io_scan_words_stdin.go:27:13:     from longest (spill) at ./io_scan_words_stdin.go:27:13
./io_scan_words_stdin.go:27:13:     from ... argument (slice-literal-element) at ./io_scan_words_stdin.go:27:13
./io_scan_words_stdin.go:27:13:   flow: {heap} = {storage for ... argument}:
./io_scan_words_stdin.go:27:13:     from ... argument (spill) at ./io_scan_words_stdin.go:27:13
./io_scan_words_stdin.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./io_scan_words_stdin.go:27:13
./io_scan_words_stdin.go:27:13: n escapes to heap:
./io_scan_words_stdin.go:27:13:   flow: {storage for ... argument} = &{storage for n}:
./io_scan_words_stdin.go:27:13:     from n (spill) at ./io_scan_words_stdin.go:27:13
./io_scan_words_stdin.go:27:13:     from ... argument (slice-literal-element) at ./io_scan_words_stdin.go:27:13
./io_scan_words_stdin.go:27:13:   flow: {heap} = {storage for ... argument}:
./io_scan_words_stdin.go:27:13:     from ... argument (spill) at ./io_scan_words_stdin.go:27:13
./io_scan_words_stdin.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./io_scan_words_stdin.go:27:13
./io_scan_words_stdin.go:25:41: strings.ToUpper(w[:1]) + w[1:] does not escape
./io_scan_words_stdin.go:27:13: ... argument does not escape
./io_scan_words_stdin.go:27:13: n escapes to heap
./io_scan_words_stdin.go:27:13: longest escapes to heap
./io_scan_words_stdin.go:28:13: ... argument does not escape
./io_scan_words_stdin.go:28:23: (*strings.Builder).String(sb) escapes to heap
