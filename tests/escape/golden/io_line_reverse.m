./io_line_reverse.go:12:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./io_line_reverse.go:12:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./io_line_reverse.go:9:14: s does not escape
./io_line_reverse.go:10:13: ([]rune)(s) does not escape
./io_line_reverse.go:14:15: string(r) escapes to heap
./io_line_reverse.go:24:14: ... argument does not escape
./io_line_reverse.go:24:22: reverse(lines[i]) escapes to heap
./io_line_reverse.go:26:13: ... argument does not escape
./io_line_reverse.go:26:17: len(lines) escapes to heap
./io_line_reverse.go:26:26: "lines" escapes to heap
