./duration_parse.go:11:28: []string{...} does not escape
./duration_parse.go:15:14: ... argument does not escape
./duration_parse.go:15:20: int64(d) escapes to heap
./duration_parse.go:15:33: time.Duration.String(d) escapes to heap
