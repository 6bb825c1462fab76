./io_scanner_runes.go:31:24: (*bufio.Scanner).Scan(empty) escapes to heap:
./io_scanner_runes.go:31:24:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Scan(empty)}:
./io_scanner_runes.go:31:24:     from (*bufio.Scanner).Scan(empty) (spill) at ./io_scanner_runes.go:31:24
./io_scanner_runes.go:31:24:     from ... argument (slice-literal-element) at ./io_scanner_runes.go:31:13
./io_scanner_runes.go:31:24:   flow: {heap} = {storage for ... argument}:
./io_scanner_runes.go:31:24:     from ... argument (spill) at ./io_scanner_runes.go:31:13
./io_scanner_runes.go:31:24:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_runes.go:31:13
./io_scanner_runes.go:29:13: count escapes to heap:
./io_scanner_runes.go:29:13:   flow: {storage for ... argument} = &{storage for count}:
./io_scanner_runes.go:29:13:     from count (spill) at ./io_scanner_runes.go:29:13
./io_scanner_runes.go:29:13:     from ... argument (slice-literal-element) at ./io_scanner_runes.go:29:13
./io_scanner_runes.go:29:13:   flow: {heap} = {storage for ... argument}:
./io_scanner_runes.go:29:13:     from ... argument (spill) at ./io_scanner_runes.go:29:13
./io_scanner_runes.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_runes.go:29:13
./io_scanner_runes.go:27:29: (*bufio.Scanner).Text(ws) escapes to heap:
./io_scanner_runes.go:27:29:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Text(ws)}:
./io_scanner_runes.go:27:29:     from (*bufio.Scanner).Text(ws) (spill) at ./io_scanner_runes.go:27:29
./io_scanner_runes.go:27:29:     from ... argument (slice-literal-element) at ./io_scanner_runes.go:27:13
./io_scanner_runes.go:27:29:   flow: {heap} = {storage for ... argument}:
./io_scanner_runes.go:27:29:     from ... argument (spill) at ./io_scanner_runes.go:27:13
./io_scanner_runes.go:27:29:     from fmt.Printf("[%s]", ... argument...) (call parameter) at ./io_scanner_runes.go:27:13
./io_scanner_runes.go:19:25: " " escapes to heap:
./io_scanner_runes.go:19:25:   flow: {storage for ... argument} = &{storage for " "}:
./io_scanner_runes.go:19:25:     from " " (spill) at ./io_scanner_runes.go:19:25
./io_scanner_runes.go:19:25:     from ... argument (slice-literal-element) at ./io_scanner_runes.go:19:12
./io_scanner_runes.go:19:25:   flow: {heap} = {storage for ... argument}:
./io_scanner_runes.go:19:25:     from ... argument (spill) at ./io_scanner_runes.go:19:12
./io_scanner_runes.go:19:25:     from fmt.Print(... argument...) (call parameter) at ./io_scanner_runes.go:19:12
./io_scanner_runes.go:19:21: (*bufio.Scanner).Bytes(bs) escapes to heap:
./io_scanner_runes.go:19:21:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Bytes(bs)}:
./io_scanner_runes.go:19:21:     from (*bufio.Scanner).Bytes(bs) (spill) at ./io_scanner_runes.go:19:21
./io_scanner_runes.go:19:21:     from ... argument (slice-literal-element) at ./io_scanner_runes.go:19:12
./io_scanner_runes.go:19:21:   flow: {heap} = {storage for ... argument}:
./io_scanner_runes.go:19:21:     from ... argument (spill) at ./io_scanner_runes.go:19:12
./io_scanner_runes.go:19:21:     from fmt.Print(... argument...) (call parameter) at ./io_scanner_runes.go:19:12
./io_scanner_runes.go:13:40: len((*bufio.Scanner).Bytes(sc)) escapes to heap:
./io_scanner_runes.go:13:40:   flow: {storage for ... argument} = &{storage for len((*bufio.Scanner).Bytes(sc))}:
./io_scanner_runes.go:13:40:     from len((*bufio.Scanner).Bytes(sc)) (spill) at ./io_scanner_runes.go:13:40
./io_scanner_runes.go:13:40:     from ... argument (slice-literal-element) at ./io_scanner_runes.go:13:13
./io_scanner_runes.go:13:40:   flow: {heap} = {storage for ... argument}:
./io_scanner_runes.go:13:40:     from ... argument (spill) at ./io_scanner_runes.go:13:13
./io_scanner_runes.go:13:40:     from fmt.Printf("%q %d | ", ... argument...) (call parameter) at ./io_scanner_runes.go:13:13
./io_scanner_runes.go:13:33: (*bufio.Scanner).Text(sc) escapes to heap:
./io_scanner_runes.go:13:33:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Text(sc)}:
./io_scanner_runes.go:13:33:     from (*bufio.Scanner).Text(sc) (spill) at ./io_scanner_runes.go:13:33
./io_scanner_runes.go:13:33:     from ... argument (slice-literal-element) at ./io_scanner_runes.go:13:13
./io_scanner_runes.go:13:33:   flow: {heap} = {storage for ... argument}:
./io_scanner_runes.go:13:33:     from ... argument (spill) at ./io_scanner_runes.go:13:13
./io_scanner_runes.go:13:33:     from fmt.Printf("%q %d | ", ... argument...) (call parameter) at ./io_scanner_runes.go:13:13
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
