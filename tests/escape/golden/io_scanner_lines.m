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
