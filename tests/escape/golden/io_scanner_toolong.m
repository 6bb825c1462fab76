./io_scanner_toolong.go:10:47: "short\n" + strings.Repeat("y", 50) + "\nafter\n" escapes to heap
./io_scanner_toolong.go:12:16: make([]byte, 4) escapes to heap
./io_scanner_toolong.go:14:14: ... argument does not escape
./io_scanner_toolong.go:14:15: "line:" escapes to heap
./io_scanner_toolong.go:14:31: (*bufio.Scanner).Text(sc) escapes to heap
./io_scanner_toolong.go:16:13: ... argument does not escape
./io_scanner_toolong.go:16:14: "err:" escapes to heap
./io_scanner_toolong.go:16:41: (*bufio.Scanner).Err(sc) == bufio.ErrTooLong escapes to heap
./io_scanner_toolong.go:17:71: strings.Repeat("z", 70000) + "\n" escapes to heap
./io_scanner_toolong.go:19:14: ... argument does not escape
./io_scanner_toolong.go:19:18: len((*bufio.Scanner).Text(big)) escapes to heap
./io_scanner_toolong.go:21:13: ... argument does not escape
./io_scanner_toolong.go:21:14: "big err:" escapes to heap
./io_scanner_toolong.go:22:70: strings.Repeat("w", 10000) + "\nend" escapes to heap
./io_scanner_toolong.go:24:14: ... argument does not escape
./io_scanner_toolong.go:24:18: len((*bufio.Scanner).Text(ok)) escapes to heap
./io_scanner_toolong.go:26:13: ... argument does not escape
./io_scanner_toolong.go:26:14: "ok err:" escapes to heap
./io_scanner_toolong.go:26:40: bufio.MaxScanTokenSize escapes to heap
./io_scanner_toolong.go:27:8: func literal does not escape
./io_scanner_toolong.go:27:28: ... argument does not escape
./io_scanner_toolong.go:27:29: "recovered:" escapes to heap
