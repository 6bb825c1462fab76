./io_os_stdout.go:21:32: w == io.Writer(os.Stderr) escapes to heap:
./io_os_stdout.go:21:32:   flow: {storage for ... argument} = &{storage for w == io.Writer(os.Stderr)}:
./io_os_stdout.go:21:32:     from w == io.Writer(os.Stderr) (spill) at ./io_os_stdout.go:21:32
./io_os_stdout.go:21:32:     from ... argument (slice-literal-element) at ./io_os_stdout.go:21:13
./io_os_stdout.go:21:32:   flow: {heap} = {storage for ... argument}:
./io_os_stdout.go:21:32:     from ... argument (spill) at ./io_os_stdout.go:21:13
./io_os_stdout.go:21:32:     from fmt.Println(... argument...) (call parameter) at ./io_os_stdout.go:21:13
./io_os_stdout.go:21:16: w == os.Stdout escapes to heap:
./io_os_stdout.go:21:16:   flow: {storage for ... argument} = &{storage for w == os.Stdout}:
./io_os_stdout.go:21:16:     from w == os.Stdout (spill) at ./io_os_stdout.go:21:16
./io_os_stdout.go:21:16:     from ... argument (slice-literal-element) at ./io_os_stdout.go:21:13
./io_os_stdout.go:21:16:   flow: {heap} = {storage for ... argument}:
./io_os_stdout.go:21:16:     from ... argument (spill) at ./io_os_stdout.go:21:13
./io_os_stdout.go:21:16:     from fmt.Println(... argument...) (call parameter) at ./io_os_stdout.go:21:13
./io_os_stdout.go:20:13: n escapes to heap:
./io_os_stdout.go:20:13:   flow: {storage for ... argument} = &{storage for n}:
./io_os_stdout.go:20:13:     from n (spill) at ./io_os_stdout.go:20:13
./io_os_stdout.go:20:13:     from ... argument (slice-literal-element) at ./io_os_stdout.go:20:13
./io_os_stdout.go:20:13:   flow: {heap} = {storage for ... argument}:
./io_os_stdout.go:20:13:     from ... argument (spill) at ./io_os_stdout.go:20:13
./io_os_stdout.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./io_os_stdout.go:20:13
./io_os_stdout.go:18:16: "through io.Writer\n" escapes to heap:
./io_os_stdout.go:18:16:   flow: {storage for ... argument} = &{storage for "through io.Writer\n"}:
./io_os_stdout.go:18:16:     from "through io.Writer\n" (spill) at ./io_os_stdout.go:18:16
./io_os_stdout.go:18:16:     from ... argument (slice-literal-element) at ./io_os_stdout.go:18:12
./io_os_stdout.go:18:16:   flow: {heap} = {storage for ... argument}:
./io_os_stdout.go:18:16:     from ... argument (spill) at ./io_os_stdout.go:18:12
./io_os_stdout.go:18:16:     from fmt.Fprint(w, ... argument...) (call parameter) at ./io_os_stdout.go:18:12
./io_os_stdout.go:15:45: 7 escapes to heap:
./io_os_stdout.go:15:45:   flow: {storage for ... argument} = &{storage for 7}:
./io_os_stdout.go:15:45:     from 7 (spill) at ./io_os_stdout.go:15:45
./io_os_stdout.go:15:45:     from ... argument (slice-literal-element) at ./io_os_stdout.go:15:13
./io_os_stdout.go:15:45:   flow: {heap} = {storage for ... argument}:
./io_os_stdout.go:15:45:     from ... argument (spill) at ./io_os_stdout.go:15:13
./io_os_stdout.go:15:45:     from fmt.Fprintf(os.Stdout, "%s|%5d|\n", ... argument...) (call parameter) at ./io_os_stdout.go:15:13
./io_os_stdout.go:15:38: "fmt" escapes to heap:
./io_os_stdout.go:15:38:   flow: {storage for ... argument} = &{storage for "fmt"}:
./io_os_stdout.go:15:38:     from "fmt" (spill) at ./io_os_stdout.go:15:38
./io_os_stdout.go:15:38:     from ... argument (slice-literal-element) at ./io_os_stdout.go:15:13
./io_os_stdout.go:15:38:   flow: {heap} = {storage for ... argument}:
./io_os_stdout.go:15:38:     from ... argument (spill) at ./io_os_stdout.go:15:13
./io_os_stdout.go:15:38:     from fmt.Fprintf(os.Stdout, "%s|%5d|\n", ... argument...) (call parameter) at ./io_os_stdout.go:15:13
./io_os_stdout.go:14:39: 1 escapes to heap:
./io_os_stdout.go:14:39:   flow: {storage for ... argument} = &{storage for 1}:
./io_os_stdout.go:14:39:     from 1 (spill) at ./io_os_stdout.go:14:39
./io_os_stdout.go:14:39:     from ... argument (slice-literal-element) at ./io_os_stdout.go:14:14
./io_os_stdout.go:14:39:   flow: {heap} = {storage for ... argument}:
./io_os_stdout.go:14:39:     from ... argument (spill) at ./io_os_stdout.go:14:14
./io_os_stdout.go:14:39:     from fmt.Fprintln(os.Stderr, ... argument...) (call parameter) at ./io_os_stdout.go:14:14
./io_os_stdout.go:14:26: "to stderr" escapes to heap:
./io_os_stdout.go:14:26:   flow: {storage for ... argument} = &{storage for "to stderr"}:
./io_os_stdout.go:14:26:     from "to stderr" (spill) at ./io_os_stdout.go:14:26
./io_os_stdout.go:14:26:     from ... argument (slice-literal-element) at ./io_os_stdout.go:14:14
./io_os_stdout.go:14:26:   flow: {heap} = {storage for ... argument}:
./io_os_stdout.go:14:26:     from ... argument (spill) at ./io_os_stdout.go:14:14
./io_os_stdout.go:14:26:     from fmt.Fprintln(os.Stderr, ... argument...) (call parameter) at ./io_os_stdout.go:14:14
./io_os_stdout.go:13:13: n escapes to heap:
./io_os_stdout.go:13:13:   flow: {storage for ... argument} = &{storage for n}:
./io_os_stdout.go:13:13:     from n (spill) at ./io_os_stdout.go:13:13
./io_os_stdout.go:13:13:     from ... argument (slice-literal-element) at ./io_os_stdout.go:13:13
./io_os_stdout.go:13:13:   flow: {heap} = {storage for ... argument}:
./io_os_stdout.go:13:13:     from ... argument (spill) at ./io_os_stdout.go:13:13
./io_os_stdout.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./io_os_stdout.go:13:13
./io_os_stdout.go:11:13: n escapes to heap:
./io_os_stdout.go:11:13:   flow: {storage for ... argument} = &{storage for n}:
./io_os_stdout.go:11:13:     from n (spill) at ./io_os_stdout.go:11:13
./io_os_stdout.go:11:13:     from ... argument (slice-literal-element) at ./io_os_stdout.go:11:13
./io_os_stdout.go:11:13:   flow: {heap} = {storage for ... argument}:
./io_os_stdout.go:11:13:     from ... argument (spill) at ./io_os_stdout.go:11:13
./io_os_stdout.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./io_os_stdout.go:11:13
./io_os_stdout.go:10:34: ([]byte)("raw bytes\n") does not escape
./io_os_stdout.go:11:13: ... argument does not escape
./io_os_stdout.go:11:13: n escapes to heap
./io_os_stdout.go:13:13: ... argument does not escape
./io_os_stdout.go:13:13: n escapes to heap
./io_os_stdout.go:14:14: ... argument does not escape
./io_os_stdout.go:14:26: "to stderr" escapes to heap
./io_os_stdout.go:14:39: 1 escapes to heap
./io_os_stdout.go:15:13: ... argument does not escape
./io_os_stdout.go:15:38: "fmt" escapes to heap
./io_os_stdout.go:15:45: 7 escapes to heap
./io_os_stdout.go:18:12: ... argument does not escape
./io_os_stdout.go:18:16: "through io.Writer\n" escapes to heap
./io_os_stdout.go:20:13: ... argument does not escape
./io_os_stdout.go:20:13: n escapes to heap
./io_os_stdout.go:21:13: ... argument does not escape
./io_os_stdout.go:21:16: w == os.Stdout escapes to heap
./io_os_stdout.go:21:32: w == io.Writer(os.Stderr) escapes to heap
./io_os_stdout.go:22:12: ... argument does not escape
