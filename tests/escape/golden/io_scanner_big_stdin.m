./io_scanner_big_stdin.go:15:14: ... argument does not escape
./io_scanner_big_stdin.go:15:14: i escapes to heap
./io_scanner_big_stdin.go:15:21: len(t) escapes to heap
./io_scanner_big_stdin.go:15:27: t[:3] escapes to heap
./io_scanner_big_stdin.go:15:34: t[len(t) - 3:] escapes to heap
./io_scanner_big_stdin.go:17:13: ... argument does not escape
./io_scanner_big_stdin.go:17:14: "bytes" escapes to heap
./io_scanner_big_stdin.go:17:14: total escapes to heap
