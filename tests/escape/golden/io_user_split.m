./io_user_split.go:11:13: leaking param: data to result ~r1 level=0
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
