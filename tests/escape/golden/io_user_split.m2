./io_user_split.go:11:13: parameter data leaks to ~r1 with derefs=0:
./io_user_split.go:11:13:   flow: ~r1 = data:
./io_user_split.go:11:13:     from data[:i] (slice) at ./io_user_split.go:13:21
./io_user_split.go:11:13:     from return i + 1, data[:i], nil (return) at ./io_user_split.go:13:3
./io_user_split.go:11:13: leaking param: data to result ~r1 level=0
./io_user_split.go:30:11: func literal escapes to heap:
./io_user_split.go:30:11:   flow: {heap} = &{storage for func literal}:
./io_user_split.go:30:11:     from func literal (spill) at ./io_user_split.go:30:11
./io_user_split.go:30:11:     from (*bufio.Scanner).Split(st, func literal) (call parameter) at ./io_user_split.go:30:10
./io_user_split.go:49:12: func literal escapes to heap:
./io_user_split.go:49:12:   flow: {heap} = &{storage for func literal}:
./io_user_split.go:49:12:     from func literal (spill) at ./io_user_split.go:49:12
./io_user_split.go:49:12:     from (*bufio.Scanner).Split(bad, func literal) (call parameter) at ./io_user_split.go:49:11
./io_user_split.go:54:12: func literal escapes to heap:
./io_user_split.go:54:12:   flow: {heap} = &{storage for func literal}:
./io_user_split.go:54:12:     from func literal (spill) at ./io_user_split.go:54:12
./io_user_split.go:54:12:     from (*bufio.Scanner).Split(far, func literal) (call parameter) at ./io_user_split.go:54:11
./io_user_split.go:59:11: func literal escapes to heap:
./io_user_split.go:59:11:   flow: {heap} = &{storage for func literal}:
./io_user_split.go:59:11:     from func literal (spill) at ./io_user_split.go:59:11
./io_user_split.go:59:11:     from (*bufio.Scanner).Split(up, func literal) (call parameter) at ./io_user_split.go:59:10
./io_user_split.go:70:12: func literal escapes to heap:
./io_user_split.go:70:12:   flow: {heap} = &{storage for func literal}:
./io_user_split.go:70:12:     from func literal (spill) at ./io_user_split.go:70:12
./io_user_split.go:70:12:     from (*bufio.Scanner).Split(pan, func literal) (call parameter) at ./io_user_split.go:70:11
./io_user_split.go:71:8: "split panicked" escapes to heap:
./io_user_split.go:71:8:   flow: {heap} = &{storage for "split panicked"}:
./io_user_split.go:71:8:     from "split panicked" (spill) at ./io_user_split.go:71:8
./io_user_split.go:71:8:     from panic("split panicked") (call parameter) at ./io_user_split.go:71:8
./io_user_split.go:28:2: main capturing by ref: count (addr=false assign=true width=8)
./io_user_split.go:28:2: count escapes to heap:
./io_user_split.go:28:2:   flow: {storage for func literal} = &count:
./io_user_split.go:28:2:     from count (captured by a closure) at ./io_user_split.go:31:3
./io_user_split.go:28:2:     from count (reference) at ./io_user_split.go:31:3
./io_user_split.go:68:29: "recovered:" escapes to heap:
./io_user_split.go:68:29:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./io_user_split.go:68:29:     from "recovered:" (spill) at ./io_user_split.go:68:29
./io_user_split.go:68:29:     from ... argument (slice-literal-element) at ./io_user_split.go:68:28
./io_user_split.go:68:29:   flow: {heap} = {storage for ... argument}:
./io_user_split.go:68:29:     from ... argument (spill) at ./io_user_split.go:68:28
./io_user_split.go:68:29:     from fmt.Println(... argument...) (call parameter) at ./io_user_split.go:68:28
./io_user_split.go:66:22: (*bufio.Scanner).Text(up) escapes to heap:
./io_user_split.go:66:22:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Text(up)}:
./io_user_split.go:66:22:     from (*bufio.Scanner).Text(up) (spill) at ./io_user_split.go:66:22
./io_user_split.go:66:22:     from ... argument (slice-literal-element) at ./io_user_split.go:66:14
./io_user_split.go:66:22:   flow: {heap} = {storage for ... argument}:
./io_user_split.go:66:22:     from ... argument (spill) at ./io_user_split.go:66:14
./io_user_split.go:66:22:     from fmt.Println(... argument...) (call parameter) at ./io_user_split.go:66:14
./io_user_split.go:57:22: (*bufio.Scanner).Scan(far) escapes to heap:
./io_user_split.go:57:22:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Scan(far)}:
./io_user_split.go:57:22:     from (*bufio.Scanner).Scan(far) (spill) at ./io_user_split.go:57:22
./io_user_split.go:57:22:     from ... argument (slice-literal-element) at ./io_user_split.go:57:13
./io_user_split.go:57:22:   flow: {heap} = {storage for ... argument}:
./io_user_split.go:57:22:     from ... argument (spill) at ./io_user_split.go:57:13
./io_user_split.go:57:22:     from fmt.Println(... argument...) (call parameter) at ./io_user_split.go:57:13
./io_user_split.go:52:22: (*bufio.Scanner).Scan(bad) escapes to heap:
./io_user_split.go:52:22:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Scan(bad)}:
./io_user_split.go:52:22:     from (*bufio.Scanner).Scan(bad) (spill) at ./io_user_split.go:52:22
./io_user_split.go:52:22:     from ... argument (slice-literal-element) at ./io_user_split.go:52:13
./io_user_split.go:52:22:   flow: {heap} = {storage for ... argument}:
./io_user_split.go:52:22:     from ... argument (spill) at ./io_user_split.go:52:13
./io_user_split.go:52:22:     from fmt.Println(... argument...) (call parameter) at ./io_user_split.go:52:13
./io_user_split.go:47:30: count > 0 escapes to heap:
./io_user_split.go:47:30:   flow: {storage for ... argument} = &{storage for count > 0}:
./io_user_split.go:47:30:     from count > 0 (spill) at ./io_user_split.go:47:30
./io_user_split.go:47:30:     from ... argument (slice-literal-element) at ./io_user_split.go:47:13
./io_user_split.go:47:30:   flow: {heap} = {storage for ... argument}:
./io_user_split.go:47:30:     from ... argument (spill) at ./io_user_split.go:47:13
./io_user_split.go:47:30:     from fmt.Println(... argument...) (call parameter) at ./io_user_split.go:47:13
./io_user_split.go:45:24: " " escapes to heap:
./io_user_split.go:45:24:   flow: {storage for ... argument} = &{storage for " "}:
./io_user_split.go:45:24:     from " " (spill) at ./io_user_split.go:45:24
./io_user_split.go:45:24:     from ... argument (slice-literal-element) at ./io_user_split.go:45:12
./io_user_split.go:45:24:   flow: {heap} = {storage for ... argument}:
./io_user_split.go:45:24:     from ... argument (spill) at ./io_user_split.go:45:12
./io_user_split.go:45:24:     from fmt.Print(... argument...) (call parameter) at ./io_user_split.go:45:12
./io_user_split.go:45:20: (*bufio.Scanner).Text(st) escapes to heap:
./io_user_split.go:45:20:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Text(st)}:
./io_user_split.go:45:20:     from (*bufio.Scanner).Text(st) (spill) at ./io_user_split.go:45:20
./io_user_split.go:45:20:     from ... argument (slice-literal-element) at ./io_user_split.go:45:12
./io_user_split.go:45:20:   flow: {heap} = {storage for ... argument}:
./io_user_split.go:45:20:     from ... argument (spill) at ./io_user_split.go:45:12
./io_user_split.go:45:20:     from fmt.Print(... argument...) (call parameter) at ./io_user_split.go:45:12
./io_user_split.go:25:29: (*bufio.Scanner).Text(sc) escapes to heap:
./io_user_split.go:25:29:   flow: {storage for ... argument} = &{storage for (*bufio.Scanner).Text(sc)}:
./io_user_split.go:25:29:     from (*bufio.Scanner).Text(sc) (spill) at ./io_user_split.go:25:29
./io_user_split.go:25:29:     from ... argument (slice-literal-element) at ./io_user_split.go:25:13
./io_user_split.go:25:29:   flow: {heap} = {storage for ... argument}:
./io_user_split.go:25:29:     from ... argument (spill) at ./io_user_split.go:25:13
./io_user_split.go:25:29:     from fmt.Printf("[%s]", ... argument...) (call parameter) at ./io_user_split.go:25:13
./io_user_split.go:54:17: parameter data leaks to ~r1 with derefs=0:
./io_user_split.go:54:17:   flow: ~r1 = data:
./io_user_split.go:54:17:     from return len(data) + 1, data, nil (return) at ./io_user_split.go:55:3
./io_user_split.go:40:24: ([]byte)("last") escapes to heap:
./io_user_split.go:40:24:   flow: ~r1 = &{storage for ([]byte)("last")}:
./io_user_split.go:40:24:     from ([]byte)("last") (spill) at ./io_user_split.go:40:24
./io_user_split.go:40:24:     from return i + 1, ([]byte)("last"), bufio.ErrFinalToken (return) at ./io_user_split.go:40:4
./io_user_split.go:30:16: parameter data leaks to ~r1 with derefs=0:
./io_user_split.go:30:16:   flow: ~r1 = data:
./io_user_split.go:30:16:     from return len(data), data, nil (return) at ./io_user_split.go:35:5
./io_user_split.go:30:16: leaking param: data to result ~r1 level=0
./io_user_split.go:49:17: data does not escape
./io_user_split.go:54:17: leaking param: data to result ~r1 level=0
./io_user_split.go:59:16: data does not escape
./io_user_split.go:70:17: data does not escape
./io_user_split.go:28:2: moved to heap: count
./io_user_split.go:25:13: ... argument does not escape
./io_user_split.go:25:29: (*bufio.Scanner).Text(sc) escapes to heap
./io_user_split.go:27:13: ... argument does not escape
./io_user_split.go:30:11: func literal escapes to heap
./io_user_split.go:39:12: string(data[:i]) does not escape
./io_user_split.go:40:24: ([]byte)("last") escapes to heap
./io_user_split.go:45:12: ... argument does not escape
./io_user_split.go:45:20: (*bufio.Scanner).Text(st) escapes to heap
./io_user_split.go:45:24: " " escapes to heap
./io_user_split.go:47:13: ... argument does not escape
./io_user_split.go:47:30: count > 0 escapes to heap
./io_user_split.go:49:12: func literal escapes to heap
./io_user_split.go:52:13: ... argument does not escape
./io_user_split.go:52:22: (*bufio.Scanner).Scan(bad) escapes to heap
./io_user_split.go:54:12: func literal escapes to heap
./io_user_split.go:57:13: ... argument does not escape
./io_user_split.go:57:22: (*bufio.Scanner).Scan(far) escapes to heap
./io_user_split.go:59:11: func literal escapes to heap
./io_user_split.go:66:14: ... argument does not escape
./io_user_split.go:66:22: (*bufio.Scanner).Text(up) escapes to heap
./io_user_split.go:68:8: func literal does not escape
./io_user_split.go:68:28: ... argument does not escape
./io_user_split.go:68:29: "recovered:" escapes to heap
./io_user_split.go:70:12: func literal escapes to heap
./io_user_split.go:71:8: "split panicked" escapes to heap
