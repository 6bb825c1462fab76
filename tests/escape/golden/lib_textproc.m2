./lib_textproc.go:46:29: k + "=" + strconv.Itoa(v) escapes to heap:
./lib_textproc.go:46:29:   flow: {heap} = &{storage for k + "=" + strconv.Itoa(v)}:
./lib_textproc.go:46:29:     from k + "=" + strconv.Itoa(v) (spill) at ./lib_textproc.go:46:29
./lib_textproc.go:46:29:     from append(keys, k + "=" + strconv.Itoa(v)) (call parameter) at ./lib_textproc.go:46:17
./lib_textproc.go:51:27: strings.Title(strings.Join(strings.Fields("  the   quick brown fox "), " ")) escapes to heap:
./lib_textproc.go:51:27:   flow: {storage for ... argument} = &{storage for strings.Title(strings.Join(strings.Fields("  the   quick brown fox "), " "))}:
./lib_textproc.go:51:27:     from strings.Title(strings.Join(strings.Fields("  the   quick brown fox "), " ")) (spill) at ./lib_textproc.go:51:27
./lib_textproc.go:51:27:     from ... argument (slice-literal-element) at ./lib_textproc.go:51:13
./lib_textproc.go:51:27:   flow: {heap} = {storage for ... argument}:
./lib_textproc.go:51:27:     from ... argument (spill) at ./lib_textproc.go:51:13
./lib_textproc.go:51:27:     from fmt.Println(... argument...) (call parameter) at ./lib_textproc.go:51:13
./lib_textproc.go:50:28: strings.Repeat("=", 20) escapes to heap:
./lib_textproc.go:50:28:   flow: {storage for ... argument} = &{storage for strings.Repeat("=", 20)}:
./lib_textproc.go:50:28:     from strings.Repeat("=", 20) (spill) at ./lib_textproc.go:50:28
./lib_textproc.go:50:28:     from ... argument (slice-literal-element) at ./lib_textproc.go:50:13
./lib_textproc.go:50:28:   flow: {heap} = {storage for ... argument}:
./lib_textproc.go:50:28:     from ... argument (spill) at ./lib_textproc.go:50:13
./lib_textproc.go:50:28:     from fmt.Println(... argument...) (call parameter) at ./lib_textproc.go:50:13
./lib_textproc.go:49:17: len(keys) escapes to heap:
./lib_textproc.go:49:17:   flow: {storage for ... argument} = &{storage for len(keys)}:
./lib_textproc.go:49:17:     from len(keys) (spill) at ./lib_textproc.go:49:17
./lib_textproc.go:49:17:     from ... argument (slice-literal-element) at ./lib_textproc.go:49:13
./lib_textproc.go:49:17:   flow: {heap} = {storage for ... argument}:
./lib_textproc.go:49:17:     from ... argument (spill) at ./lib_textproc.go:49:13
./lib_textproc.go:49:17:     from fmt.Println(... argument...) (call parameter) at ./lib_textproc.go:49:13
./lib_textproc.go:42:73: counts["the"] escapes to heap:
./lib_textproc.go:42:73:   flow: {storage for ... argument} = &{storage for counts["the"]}:
./lib_textproc.go:42:73:     from counts["the"] (spill) at ./lib_textproc.go:42:73
./lib_textproc.go:42:73:     from ... argument (slice-literal-element) at ./lib_textproc.go:42:13
./lib_textproc.go:42:73:   flow: {heap} = {storage for ... argument}:
./lib_textproc.go:42:73:     from ... argument (spill) at ./lib_textproc.go:42:13
./lib_textproc.go:42:73:     from fmt.Println(... argument...) (call parameter) at ./lib_textproc.go:42:13
./lib_textproc.go:42:58: counts["was"] escapes to heap:
./lib_textproc.go:42:58:   flow: {storage for ... argument} = &{storage for counts["was"]}:
./lib_textproc.go:42:58:     from counts["was"] (spill) at ./lib_textproc.go:42:58
./lib_textproc.go:42:58:     from ... argument (slice-literal-element) at ./lib_textproc.go:42:13
./lib_textproc.go:42:58:   flow: {heap} = {storage for ... argument}:
./lib_textproc.go:42:58:     from ... argument (spill) at ./lib_textproc.go:42:13
./lib_textproc.go:42:58:     from fmt.Println(... argument...) (call parameter) at ./lib_textproc.go:42:13
./lib_textproc.go:42:44: counts["it"] escapes to heap:
./lib_textproc.go:42:44:   flow: {storage for ... argument} = &{storage for counts["it"]}:
./lib_textproc.go:42:44:     from counts["it"] (spill) at ./lib_textproc.go:42:44
./lib_textproc.go:42:44:     from ... argument (slice-literal-element) at ./lib_textproc.go:42:13
./lib_textproc.go:42:44:   flow: {heap} = {storage for ... argument}:
./lib_textproc.go:42:44:     from ... argument (spill) at ./lib_textproc.go:42:13
./lib_textproc.go:42:44:     from fmt.Println(... argument...) (call parameter) at ./lib_textproc.go:42:13
./lib_textproc.go:42:28: len(counts) escapes to heap:
./lib_textproc.go:42:28:   flow: {storage for ... argument} = &{storage for len(counts)}:
./lib_textproc.go:42:28:     from len(counts) (spill) at ./lib_textproc.go:42:28
./lib_textproc.go:42:28:     from ... argument (slice-literal-element) at ./lib_textproc.go:42:13
./lib_textproc.go:42:28:   flow: {heap} = {storage for ... argument}:
./lib_textproc.go:42:28:     from ... argument (spill) at ./lib_textproc.go:42:13
./lib_textproc.go:42:28:     from fmt.Println(... argument...) (call parameter) at ./lib_textproc.go:42:13
./lib_textproc.go:42:13: fsum escapes to heap:
./lib_textproc.go:42:13:   flow: {storage for ... argument} = &{storage for fsum}:
./lib_textproc.go:42:13:     from fsum (spill) at ./lib_textproc.go:42:13
./lib_textproc.go:42:13:     from ... argument (slice-literal-element) at ./lib_textproc.go:42:13
./lib_textproc.go:42:13:   flow: {heap} = {storage for ... argument}:
./lib_textproc.go:42:13:     from ... argument (spill) at ./lib_textproc.go:42:13
./lib_textproc.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./lib_textproc.go:42:13
./lib_textproc.go:42:13: sum escapes to heap:
./lib_textproc.go:42:13:   flow: {storage for ... argument} = &{storage for sum}:
./lib_textproc.go:42:13:     from sum (spill) at ./lib_textproc.go:42:13
./lib_textproc.go:42:13:     from ... argument (slice-literal-element) at ./lib_textproc.go:42:13
./lib_textproc.go:42:13:   flow: {heap} = {storage for ... argument}:
./lib_textproc.go:42:13:     from ... argument (spill) at ./lib_textproc.go:42:13
./lib_textproc.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./lib_textproc.go:42:13
./lib_textproc.go:26:17: "skip:" escapes to heap:
./lib_textproc.go:26:17:   flow: {storage for ... argument} = &{storage for "skip:"}:
./lib_textproc.go:26:17:     from "skip:" (spill) at ./lib_textproc.go:26:17
./lib_textproc.go:26:17:     from ... argument (slice-literal-element) at ./lib_textproc.go:26:16
./lib_textproc.go:26:17:   flow: {heap} = {storage for ... argument}:
./lib_textproc.go:26:17:     from ... argument (spill) at ./lib_textproc.go:26:16
./lib_textproc.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./lib_textproc.go:26:16
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
