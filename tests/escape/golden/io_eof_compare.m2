./io_eof_compare.go:29:15: "plain EOF" escapes to heap:
./io_eof_compare.go:29:15:   flow: {storage for ... argument} = &{storage for "plain EOF"}:
./io_eof_compare.go:29:15:     from "plain EOF" (spill) at ./io_eof_compare.go:29:15
./io_eof_compare.go:29:15:     from ... argument (slice-literal-element) at ./io_eof_compare.go:29:14
./io_eof_compare.go:29:15:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:29:15:     from ... argument (spill) at ./io_eof_compare.go:29:14
./io_eof_compare.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./io_eof_compare.go:29:14
./io_eof_compare.go:27:15: "unexpected" escapes to heap:
./io_eof_compare.go:27:15:   flow: {storage for ... argument} = &{storage for "unexpected"}:
./io_eof_compare.go:27:15:     from "unexpected" (spill) at ./io_eof_compare.go:27:15
./io_eof_compare.go:27:15:     from ... argument (slice-literal-element) at ./io_eof_compare.go:27:14
./io_eof_compare.go:27:15:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:27:15:     from ... argument (spill) at ./io_eof_compare.go:27:14
./io_eof_compare.go:27:15:     from fmt.Println(... argument...) (call parameter) at ./io_eof_compare.go:27:14
./io_eof_compare.go:23:18: err == io.ErrUnexpectedEOF escapes to heap:
./io_eof_compare.go:23:18:   flow: {storage for ... argument} = &{storage for err == io.ErrUnexpectedEOF}:
./io_eof_compare.go:23:18:     from err == io.ErrUnexpectedEOF (spill) at ./io_eof_compare.go:23:18
./io_eof_compare.go:23:18:     from ... argument (slice-literal-element) at ./io_eof_compare.go:23:13
./io_eof_compare.go:23:18:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:23:18:     from ... argument (spill) at ./io_eof_compare.go:23:13
./io_eof_compare.go:23:18:     from fmt.Println(... argument...) (call parameter) at ./io_eof_compare.go:23:13
./io_eof_compare.go:22:40: new(string) escapes to heap:
./io_eof_compare.go:22:40:   flow: {storage for ... argument} = &{storage for new(string)}:
./io_eof_compare.go:22:40:     from new(string) (spill) at ./io_eof_compare.go:22:40
./io_eof_compare.go:22:40:     from new(string) (interface-converted) at ./io_eof_compare.go:22:40
./io_eof_compare.go:22:40:     from ... argument (slice-literal-element) at ./io_eof_compare.go:22:21
./io_eof_compare.go:22:40:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:22:40:     from ... argument (spill) at ./io_eof_compare.go:22:21
./io_eof_compare.go:22:40:     from fmt.Sscanf("\"abc", "%q", ... argument...) (call parameter) at ./io_eof_compare.go:22:21
./io_eof_compare.go:21:18: err == io.ErrUnexpectedEOF escapes to heap:
./io_eof_compare.go:21:18:   flow: {storage for ... argument} = &{storage for err == io.ErrUnexpectedEOF}:
./io_eof_compare.go:21:18:     from err == io.ErrUnexpectedEOF (spill) at ./io_eof_compare.go:21:18
./io_eof_compare.go:21:18:     from ... argument (slice-literal-element) at ./io_eof_compare.go:21:13
./io_eof_compare.go:21:18:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:21:18:     from ... argument (spill) at ./io_eof_compare.go:21:13
./io_eof_compare.go:21:18:     from fmt.Println(... argument...) (call parameter) at ./io_eof_compare.go:21:13
./io_eof_compare.go:20:50: new(int) escapes to heap:
./io_eof_compare.go:20:50:   flow: {storage for ... argument} = &{storage for new(int)}:
./io_eof_compare.go:20:50:     from new(int) (spill) at ./io_eof_compare.go:20:50
./io_eof_compare.go:20:50:     from new(int) (interface-converted) at ./io_eof_compare.go:20:50
./io_eof_compare.go:20:50:     from ... argument (slice-literal-element) at ./io_eof_compare.go:20:22
./io_eof_compare.go:20:50:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:20:50:     from ... argument (spill) at ./io_eof_compare.go:20:22
./io_eof_compare.go:20:50:     from fmt.Sscanf("1", "%d %d", ... argument...) (call parameter) at ./io_eof_compare.go:20:22
./io_eof_compare.go:20:40: new(int) escapes to heap:
./io_eof_compare.go:20:40:   flow: {storage for ... argument} = &{storage for new(int)}:
./io_eof_compare.go:20:40:     from new(int) (spill) at ./io_eof_compare.go:20:40
./io_eof_compare.go:20:40:     from new(int) (interface-converted) at ./io_eof_compare.go:20:40
./io_eof_compare.go:20:40:     from ... argument (slice-literal-element) at ./io_eof_compare.go:20:22
./io_eof_compare.go:20:40:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:20:40:     from ... argument (spill) at ./io_eof_compare.go:20:22
./io_eof_compare.go:20:40:     from fmt.Sscanf("1", "%d %d", ... argument...) (call parameter) at ./io_eof_compare.go:20:22
./io_eof_compare.go:19:55: io.EOF.Error() escapes to heap:
./io_eof_compare.go:19:55:   flow: {storage for ... argument} = &{storage for io.EOF.Error()}:
./io_eof_compare.go:19:55:     from io.EOF.Error() (spill) at ./io_eof_compare.go:19:55
./io_eof_compare.go:19:55:     from ... argument (slice-literal-element) at ./io_eof_compare.go:19:13
./io_eof_compare.go:19:55:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:19:55:     from ... argument (spill) at ./io_eof_compare.go:19:13
./io_eof_compare.go:19:55:     from fmt.Println(... argument...) (call parameter) at ./io_eof_compare.go:19:13
./io_eof_compare.go:19:32: errors.New("EOF") == io.EOF escapes to heap:
./io_eof_compare.go:19:32:   flow: {storage for ... argument} = &{storage for errors.New("EOF") == io.EOF}:
./io_eof_compare.go:19:32:     from errors.New("EOF") == io.EOF (spill) at ./io_eof_compare.go:19:32
./io_eof_compare.go:19:32:     from ... argument (slice-literal-element) at ./io_eof_compare.go:19:13
./io_eof_compare.go:19:32:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:19:32:     from ... argument (spill) at ./io_eof_compare.go:19:13
./io_eof_compare.go:19:32:     from fmt.Println(... argument...) (call parameter) at ./io_eof_compare.go:19:13
./io_eof_compare.go:17:67: err4 == io.EOF escapes to heap:
./io_eof_compare.go:17:67:   flow: {storage for ... argument} = &{storage for err4 == io.EOF}:
./io_eof_compare.go:17:67:     from err4 == io.EOF (spill) at ./io_eof_compare.go:17:67
./io_eof_compare.go:17:67:     from ... argument (slice-literal-element) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:67:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:17:67:     from ... argument (spill) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:67:     from fmt.Println(... argument...) (call parameter) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:51: err3 == io.EOF escapes to heap:
./io_eof_compare.go:17:51:   flow: {storage for ... argument} = &{storage for err3 == io.EOF}:
./io_eof_compare.go:17:51:     from err3 == io.EOF (spill) at ./io_eof_compare.go:17:51
./io_eof_compare.go:17:51:     from ... argument (slice-literal-element) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:51:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:17:51:     from ... argument (spill) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:51:     from fmt.Println(... argument...) (call parameter) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:35: err2 == io.EOF escapes to heap:
./io_eof_compare.go:17:35:   flow: {storage for ... argument} = &{storage for err2 == io.EOF}:
./io_eof_compare.go:17:35:     from err2 == io.EOF (spill) at ./io_eof_compare.go:17:35
./io_eof_compare.go:17:35:     from ... argument (slice-literal-element) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:35:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:17:35:     from ... argument (spill) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:35:     from fmt.Println(... argument...) (call parameter) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:19: err1 == io.EOF escapes to heap:
./io_eof_compare.go:17:19:   flow: {storage for ... argument} = &{storage for err1 == io.EOF}:
./io_eof_compare.go:17:19:     from err1 == io.EOF (spill) at ./io_eof_compare.go:17:19
./io_eof_compare.go:17:19:     from ... argument (slice-literal-element) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:19:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:17:19:     from ... argument (spill) at ./io_eof_compare.go:17:13
./io_eof_compare.go:17:19:     from fmt.Println(... argument...) (call parameter) at ./io_eof_compare.go:17:13
./io_eof_compare.go:16:30: new(int) escapes to heap:
./io_eof_compare.go:16:30:   flow: {storage for ... argument} = &{storage for new(int)}:
./io_eof_compare.go:16:30:     from new(int) (spill) at ./io_eof_compare.go:16:30
./io_eof_compare.go:16:30:     from new(int) (interface-converted) at ./io_eof_compare.go:16:30
./io_eof_compare.go:16:30:     from ... argument (slice-literal-element) at ./io_eof_compare.go:16:22
./io_eof_compare.go:16:30:   flow: {heap} = {storage for ... argument}:
./io_eof_compare.go:16:30:     from ... argument (spill) at ./io_eof_compare.go:16:22
./io_eof_compare.go:16:30:     from fmt.Sscan("", ... argument...) (call parameter) at ./io_eof_compare.go:16:22
./io_eof_compare.go:16:22: ... argument does not escape
./io_eof_compare.go:16:30: new(int) escapes to heap
./io_eof_compare.go:17:13: ... argument does not escape
./io_eof_compare.go:17:19: err1 == io.EOF escapes to heap
./io_eof_compare.go:17:35: err2 == io.EOF escapes to heap
./io_eof_compare.go:17:51: err3 == io.EOF escapes to heap
./io_eof_compare.go:17:67: err4 == io.EOF escapes to heap
./io_eof_compare.go:18:13: ... argument does not escape
./io_eof_compare.go:19:13: ... argument does not escape
./io_eof_compare.go:19:32: errors.New("EOF") == io.EOF escapes to heap
./io_eof_compare.go:19:55: io.EOF.Error() escapes to heap
./io_eof_compare.go:20:22: ... argument does not escape
./io_eof_compare.go:20:40: new(int) escapes to heap
./io_eof_compare.go:20:50: new(int) escapes to heap
./io_eof_compare.go:21:13: ... argument does not escape
./io_eof_compare.go:21:18: err == io.ErrUnexpectedEOF escapes to heap
./io_eof_compare.go:22:21: ... argument does not escape
./io_eof_compare.go:22:40: new(string) escapes to heap
./io_eof_compare.go:23:13: ... argument does not escape
./io_eof_compare.go:23:18: err == io.ErrUnexpectedEOF escapes to heap
./io_eof_compare.go:27:14: ... argument does not escape
./io_eof_compare.go:27:15: "unexpected" escapes to heap
./io_eof_compare.go:29:14: ... argument does not escape
./io_eof_compare.go:29:15: "plain EOF" escapes to heap
