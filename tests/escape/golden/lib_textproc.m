./lib_textproc.go:16:26: map[string]int{} does not escape
./lib_textproc.go:26:16: ... argument does not escape
./lib_textproc.go:26:17: "skip:" escapes to heap
./lib_textproc.go:36:29: ([]rune)(w) does not escape
./lib_textproc.go:42:13: ... argument does not escape
./lib_textproc.go:42:13: sum escapes to heap
./lib_textproc.go:42:13: fsum escapes to heap
./lib_textproc.go:42:28: len(counts) escapes to heap
./lib_textproc.go:42:44: counts["it"] escapes to heap
./lib_textproc.go:42:58: counts["was"] escapes to heap
./lib_textproc.go:42:73: counts["the"] escapes to heap
./lib_textproc.go:43:18: []string{} does not escape
./lib_textproc.go:46:29: k + "=" + strconv.Itoa(v) escapes to heap
./lib_textproc.go:49:13: ... argument does not escape
./lib_textproc.go:49:17: len(keys) escapes to heap
./lib_textproc.go:50:13: ... argument does not escape
./lib_textproc.go:50:28: strings.Repeat("=", 20) escapes to heap
./lib_textproc.go:51:13: ... argument does not escape
./lib_textproc.go:51:27: strings.Title(strings.Join(strings.Fields("  the   quick brown fox "), " ")) escapes to heap
