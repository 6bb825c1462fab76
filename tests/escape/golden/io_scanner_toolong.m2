./io_scanner_toolong.go:12:16: make([]byte, 4) escapes to heap:
./io_scanner_toolong.go:12:16:   flow: {heap} = &{storage for make([]byte, 4)}:
./io_scanner_toolong.go:12:16:     from make([]byte, 4) (spill) at ./io_scanner_toolong.go:12:16
./io_scanner_toolong.go:12:16:     from (*bufio.Scanner).Buffer(sc, make([]byte, 4), 16) (call parameter) at ./io_scanner_toolong.go:12:11
./io_scanner_toolong.go:17:71: strings.Repeat("z", 70000) + "\n" escapes to heap:
./io_scanner_toolong.go:17:71:   flow: {heap} = &{storage for strings.Repeat("z", 70000) + "\n"}:
./io_scanner_toolong.go:17:71:     from strings.Repeat("z", 70000) + "\n" (spill) at ./io_scanner_toolong.go:17:71
./io_scanner_toolong.go:17:71:     from strings.NewReader(strings.Repeat("z", 70000) + "\n") (call parameter) at ./io_scanner_toolong.go:17:43
./io_scanner_toolong.go:22:70: strings.Repeat("w", 10000) + "\nend" escapes to heap:
./io_scanner_toolong.go:22:70:   flow: {heap} = &{storage for strings.Repeat("w", 10000) + "\nend"}:
./io_scanner_toolong.go:22:70:     from strings.Repeat("w", 10000) + "\nend" (spill) at ./io_scanner_toolong.go:22:70
./io_scanner_toolong.go:22:70:     from strings.NewReader(strings.Repeat("w", 10000) + "\nend") (call parameter) at ./io_scanner_toolong.go:22:42
./io_scanner_toolong.go:27:29: "recovered:" escapes to heap:
./io_scanner_toolong.go:27:29:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./io_scanner_toolong.go:27:29:     from "recovered:" (spill) at ./io_scanner_toolong.go:27:29
./io_scanner_toolong.go:27:29:     from ... argument (slice-literal-element) at ./io_scanner_toolong.go:27:28
./io_scanner_toolong.go:27:29:   flow: {heap} = {storage for ... argument}:
./io_scanner_toolong.go:27:29:     from ... argument (spill) at ./io_scanner_toolong.go:27:28
./io_scanner_toolong.go:27:29:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_toolong.go:27:28
./io_scanner_toolong.go:26:40: bufio.MaxScanTokenSize escapes to heap:
./io_scanner_toolong.go:26:40:   flow: {storage for ... argument} = &{storage for bufio.MaxScanTokenSize}:
./io_scanner_toolong.go:26:40:     from bufio.MaxScanTokenSize (spill) at ./io_scanner_toolong.go:26:40
./io_scanner_toolong.go:26:40:     from ... argument (slice-literal-element) at ./io_scanner_toolong.go:26:13
./io_scanner_toolong.go:26:40:   flow: {heap} = {storage for ... argument}:
./io_scanner_toolong.go:26:40:     from ... argument (spill) at ./io_scanner_toolong.go:26:13
./io_scanner_toolong.go:26:40:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_toolong.go:26:13
./io_scanner_toolong.go:26:14: "ok err:" escapes to heap:
./io_scanner_toolong.go:26:14:   flow: {storage for ... argument} = &{storage for "ok err:"}:
./io_scanner_toolong.go:26:14:     from "ok err:" (spill) at ./io_scanner_toolong.go:26:14
./io_scanner_toolong.go:26:14:     from ... argument (slice-literal-element) at ./io_scanner_toolong.go:26:13
./io_scanner_toolong.go:26:14:   flow: {heap} = {storage for ... argument}:
./io_scanner_toolong.go:26:14:     from ... argument (spill) at ./io_scanner_toolong.go:26:13
./io_scanner_toolong.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_toolong.go:26:13
./io_scanner_toolong.go:24:18: len((*bufio.Scanner).Text(ok)) escapes to heap:
./io_scanner_toolong.go:24:18:   flow: {storage for ... argument} = &{storage for len((*bufio.Scanner).Text(ok))}:
./io_scanner_toolong.go:24:18:     from len((*bufio.Scanner).Text(ok)) (spill) at ./io_scanner_toolong.go:24:18
./io_scanner_toolong.go:24:18:     from ... argument (slice-literal-element) at ./io_scanner_toolong.go:24:14
./io_scanner_toolong.go:24:18:   flow: {heap} = {storage for ... argument}:
./io_scanner_toolong.go:24:18:     from ... argument (spill) at ./io_scanner_toolong.go:24:14
./io_scanner_toolong.go:24:18:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_toolong.go:24:14
./io_scanner_toolong.go:21:14: "big err:" escapes to heap:
./io_scanner_toolong.go:21:14:   flow: {storage for ... argument} = &{storage for "big err:"}:
./io_scanner_toolong.go:21:14:     from "big err:" (spill) at ./io_scanner_toolong.go:21:14
./io_scanner_toolong.go:21:14:     from ... argument (slice-literal-element) at ./io_scanner_toolong.go:21:13
./io_scanner_toolong.go:21:14:   flow: {heap} = {storage for ... argument}:
./io_scanner_toolong.go:21:14:     from ... argument (spill) at ./io_scanner_toolong.go:21:13
./io_scanner_toolong.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_toolong.go:21:13
./io_scanner_toolong.go:19:18: len((*bufio.Scanner).Text(big)) escapes to heap:
./io_scanner_toolong.go:19:18:   flow: {storage for ... argument} = &{storage for len((*bufio.Scanner).Text(big))}:
./io_scanner_toolong.go:19:18:     from len((*bufio.Scanner).Text(big)) (spill) at ./io_scanner_toolong.go:19:18
./io_scanner_toolong.go:19:18:     from ... argument (slice-literal-element) at ./io_scanner_toolong.go:19:14
./io_scanner_toolong.go:19:18:   flow: {heap} = {storage for ... argument}:
./io_scanner_toolong.go:19:18:     from ... argument (spill) at ./io_scanner_toolong.go:19:14
./io_scanner_toolong.go:19:18:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_toolong.go:19:14
./io_scanner_toolong.go:16:41: (*bufio.Scanner).Err(sc) == bufio.ErrTooLong escapes to heap:
./io_scanner_toolong.go:16:41:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Err(sc) == bufio.ErrTooLong}:
./io_scanner_toolong.go:16:41:     from (*bufio.Scanner).Err(sc) == bufio.ErrTooLong (spill) at ./io_scanner_toolong.go:16:41
./io_scanner_toolong.go:16:41:     from ... argument (slice-literal-element) at ./io_scanner_toolong.go:16:13
./io_scanner_toolong.go:16:41:   flow: {heap} = {storage for ... argument}:
./io_scanner_toolong.go:16:41:     from ... argument (spill) at ./io_scanner_toolong.go:16:13
./io_scanner_toolong.go:16:41:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_toolong.go:16:13
./io_scanner_toolong.go:16:14: "err:" escapes to heap:
./io_scanner_toolong.go:16:14:   flow: {storage for ... argument} = &{storage for "err:"}:
./io_scanner_toolong.go:16:14:     from "err:" (spill) at ./io_scanner_toolong.go:16:14
./io_scanner_toolong.go:16:14:     from ... argument (slice-literal-element) at ./io_scanner_toolong.go:16:13
./io_scanner_toolong.go:16:14:   flow: {heap} = {storage for ... argument}:
./io_scanner_toolong.go:16:14:     from ... argument (spill) at ./io_scanner_toolong.go:16:13
./io_scanner_toolong.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_toolong.go:16:13
./io_scanner_toolong.go:14:31: (*bufio.Scanner).Text(sc) escapes to heap:
./io_scanner_toolong.go:14:31:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Text(sc)}:
./io_scanner_toolong.go:14:31:     from (*bufio.Scanner).Text(sc) (spill) at ./io_scanner_toolong.go:14:31
./io_scanner_toolong.go:14:31:     from ... argument (slice-literal-element) at ./io_scanner_toolong.go:14:14
./io_scanner_toolong.go:14:31:   flow: {heap} = {storage for ... argument}:
./io_scanner_toolong.go:14:31:     from ... argument (spill) at ./io_scanner_toolong.go:14:14
./io_scanner_toolong.go:14:31:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_toolong.go:14:14
./io_scanner_toolong.go:14:15: "line:" escapes to heap:
./io_scanner_toolong.go:14:15:   flow: {storage for ... argument} = &{storage for "line:"}:
./io_scanner_toolong.go:14:15:     from "line:" (spill) at ./io_scanner_toolong.go:14:15
./io_scanner_toolong.go:14:15:     from ... argument (slice-literal-element) at ./io_scanner_toolong.go:14:14
./io_scanner_toolong.go:14:15:   flow: {heap} = {storage for ... argument}:
./io_scanner_toolong.go:14:15:     from ... argument (spill) at ./io_scanner_toolong.go:14:14
./io_scanner_toolong.go:14:15:     from fmt.Println(... argument...) (call parameter) at ./io_scanner_toolong.go:14:14
./io_scanner_toolong.go:10:47: "short\n" + strings.Repeat("y", 50) + "\nafter\n" escapes to heap:
./io_scanner_toolong.go:10:47:   flow: input = &{storage for "short\n" + strings.Repeat("y", 50) + "\nafter\n"}:
./io_scanner_toolong.go:10:47:     from "short\n" + strings.Repeat("y", 50) + "\nafter\n" (spill) at ./io_scanner_toolong.go:10:47
./io_scanner_toolong.go:10:47:     from input := "short\n" + strings.Repeat("y", 50) + "\nafter\n" (assign) at ./io_scanner_toolong.go:10:8
./io_scanner_toolong.go:10:47:   flow: {heap} = input:
./io_scanner_toolong.go:10:47:     from strings.NewReader(input) (call parameter) at ./io_scanner_toolong.go:11:42
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
