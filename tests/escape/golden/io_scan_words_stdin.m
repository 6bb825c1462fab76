./io_scan_words_stdin.go:25:41: strings.ToUpper(w[:1]) + w[1:] does not escape
./io_scan_words_stdin.go:27:13: ... argument does not escape
./io_scan_words_stdin.go:27:13: n escapes to heap
./io_scan_words_stdin.go:27:13: longest escapes to heap
./io_scan_words_stdin.go:28:13: ... argument does not escape
./io_scan_words_stdin.go:28:23: (*strings.Builder).String(sb) escapes to heap
