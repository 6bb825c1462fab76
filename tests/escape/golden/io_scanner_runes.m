./io_scanner_runes.go:13:13: ... argument does not escape
./io_scanner_runes.go:13:33: (*bufio.Scanner).Text(sc) escapes to heap
./io_scanner_runes.go:13:40: len((*bufio.Scanner).Bytes(sc)) escapes to heap
./io_scanner_runes.go:15:13: ... argument does not escape
./io_scanner_runes.go:19:12: ... argument does not escape
./io_scanner_runes.go:19:21: (*bufio.Scanner).Bytes(bs) escapes to heap
./io_scanner_runes.go:19:25: " " escapes to heap
./io_scanner_runes.go:27:13: ... argument does not escape
./io_scanner_runes.go:27:29: (*bufio.Scanner).Text(ws) escapes to heap
./io_scanner_runes.go:29:13: ... argument does not escape
./io_scanner_runes.go:29:13: count escapes to heap
./io_scanner_runes.go:31:13: ... argument does not escape
./io_scanner_runes.go:31:24: (*bufio.Scanner).Scan(empty) escapes to heap
