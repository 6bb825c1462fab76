./duration_parse.go:15:33: time.Duration.String(d) escapes to heap:
./duration_parse.go:15:33:   flow: {storage for ... argument} = &{storage for time.Duration.String(d)}:
./duration_parse.go:15:33:     from time.Duration.String(d) (spill) at ./duration_parse.go:15:33
./duration_parse.go:15:33:     from ... argument (slice-literal-element) at ./duration_parse.go:15:14
./duration_parse.go:15:33:   flow: {heap} = {storage for ... argument}:
./duration_parse.go:15:33:     from ... argument (spill) at ./duration_parse.go:15:14
./duration_parse.go:15:33:     from fmt.Println(... argument...) (call parameter) at ./duration_parse.go:15:14
./duration_parse.go:15:20: int64(d) escapes to heap:
./duration_parse.go:15:20:   flow: {storage for ... argument} = &{storage for int64(d)}:
./duration_parse.go:15:20:     from int64(d) (spill) at ./duration_parse.go:15:20
./duration_parse.go:15:20:     from ... argument (slice-literal-element) at ./duration_parse.go:15:14
./duration_parse.go:15:20:   flow: {heap} = {storage for ... argument}:
./duration_parse.go:15:20:     from ... argument (spill) at ./duration_parse.go:15:14
./duration_parse.go:15:20:     from fmt.Println(... argument...) (call parameter) at ./duration_parse.go:15:14
./duration_parse.go:11:28: []string{...} does not escape
./duration_parse.go:15:14: ... argument does not escape
./duration_parse.go:15:20: int64(d) escapes to heap
./duration_parse.go:15:33: time.Duration.String(d) escapes to heap
