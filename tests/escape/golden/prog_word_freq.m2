./prog_word_freq.go:30:28: string(cur) escapes to heap:
./prog_word_freq.go:30:28:   flow: {heap} = &{storage for string(cur)}:
./prog_word_freq.go:30:28:     from string(cur) (spill) at ./prog_word_freq.go:30:28
./prog_word_freq.go:30:28:     from append(out, string(cur)) (call parameter) at ./prog_word_freq.go:30:16
./prog_word_freq.go:35:27: string(cur) escapes to heap:
./prog_word_freq.go:35:27:   flow: {heap} = &{storage for string(cur)}:
./prog_word_freq.go:35:27:     from string(cur) (spill) at ./prog_word_freq.go:35:27
./prog_word_freq.go:35:27:     from append(out, string(cur)) (call parameter) at ./prog_word_freq.go:35:15
./prog_word_freq.go:17:12: s does not escape
./prog_word_freq.go:30:28: string(cur) escapes to heap
./prog_word_freq.go:35:27: string(cur) escapes to heap
./prog_word_freq.go:42:24: map[string]int{} escapes to heap:
./prog_word_freq.go:42:24:   flow: freq = &{storage for map[string]int{}}:
./prog_word_freq.go:42:24:     from map[string]int{} (spill) at ./prog_word_freq.go:42:24
./prog_word_freq.go:42:24:     from freq := map[string]int{} (assign) at ./prog_word_freq.go:42:7
./prog_word_freq.go:42:24:   flow: {storage for ... argument} = freq:
./prog_word_freq.go:42:24:     from freq (interface-converted) at ./prog_word_freq.go:63:13
./prog_word_freq.go:42:24:     from ... argument (slice-literal-element) at ./prog_word_freq.go:63:13
./prog_word_freq.go:42:24:   flow: {heap} = {storage for ... argument}:
./prog_word_freq.go:42:24:     from ... argument (spill) at ./prog_word_freq.go:63:13
./prog_word_freq.go:42:24:     from fmt.Println(... argument...) (call parameter) at ./prog_word_freq.go:63:13
./prog_word_freq.go:61:37: e.count escapes to heap:
./prog_word_freq.go:61:37:   flow: {storage for ... argument} = &{storage for e.count}:
./prog_word_freq.go:61:37:     from e.count (spill) at ./prog_word_freq.go:61:37
./prog_word_freq.go:61:37:     from ... argument (slice-literal-element) at ./prog_word_freq.go:61:13
./prog_word_freq.go:61:37:   flow: {heap} = {storage for ... argument}:
./prog_word_freq.go:61:37:     from ... argument (spill) at ./prog_word_freq.go:61:13
./prog_word_freq.go:61:37:     from fmt.Printf("%-12s %d\n", ... argument...) (call parameter) at ./prog_word_freq.go:61:13
./prog_word_freq.go:61:29: e.word escapes to heap:
./prog_word_freq.go:61:29:   flow: {storage for ... argument} = &{storage for e.word}:
./prog_word_freq.go:61:29:     from e.word (spill) at ./prog_word_freq.go:61:29
./prog_word_freq.go:61:29:     from ... argument (slice-literal-element) at ./prog_word_freq.go:61:13
./prog_word_freq.go:61:29:   flow: {heap} = {storage for ... argument}:
./prog_word_freq.go:61:29:     from ... argument (spill) at ./prog_word_freq.go:61:13
./prog_word_freq.go:61:29:     from fmt.Printf("%-12s %d\n", ... argument...) (call parameter) at ./prog_word_freq.go:61:13
./prog_word_freq.go:59:44: "distinct" escapes to heap:
./prog_word_freq.go:59:44:   flow: {storage for ... argument} = &{storage for "distinct"}:
./prog_word_freq.go:59:44:     from "distinct" (spill) at ./prog_word_freq.go:59:44
./prog_word_freq.go:59:44:     from ... argument (slice-literal-element) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:44:   flow: {heap} = {storage for ... argument}:
./prog_word_freq.go:59:44:     from ... argument (spill) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:44:     from fmt.Println(... argument...) (call parameter) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:36: len(freq) escapes to heap:
./prog_word_freq.go:59:36:   flow: {storage for ... argument} = &{storage for len(freq)}:
./prog_word_freq.go:59:36:     from len(freq) (spill) at ./prog_word_freq.go:59:36
./prog_word_freq.go:59:36:     from ... argument (slice-literal-element) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:36:   flow: {heap} = {storage for ... argument}:
./prog_word_freq.go:59:36:     from ... argument (spill) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:36:     from fmt.Println(... argument...) (call parameter) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:23: "words," escapes to heap:
./prog_word_freq.go:59:23:   flow: {storage for ... argument} = &{storage for "words,"}:
./prog_word_freq.go:59:23:     from "words," (spill) at ./prog_word_freq.go:59:23
./prog_word_freq.go:59:23:     from ... argument (slice-literal-element) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:23:   flow: {heap} = {storage for ... argument}:
./prog_word_freq.go:59:23:     from ... argument (spill) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:23:     from fmt.Println(... argument...) (call parameter) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:17: len(ws) escapes to heap:
./prog_word_freq.go:59:17:   flow: {storage for ... argument} = &{storage for len(ws)}:
./prog_word_freq.go:59:17:     from len(ws) (spill) at ./prog_word_freq.go:59:17
./prog_word_freq.go:59:17:     from ... argument (slice-literal-element) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:17:   flow: {heap} = {storage for ... argument}:
./prog_word_freq.go:59:17:     from ... argument (spill) at ./prog_word_freq.go:59:13
./prog_word_freq.go:59:17:     from fmt.Println(... argument...) (call parameter) at ./prog_word_freq.go:59:13
./prog_word_freq.go:42:24: map[string]int{} escapes to heap
./prog_word_freq.go:59:13: ... argument does not escape
./prog_word_freq.go:59:17: len(ws) escapes to heap
./prog_word_freq.go:59:23: "words," escapes to heap
./prog_word_freq.go:59:36: len(freq) escapes to heap
./prog_word_freq.go:59:44: "distinct" escapes to heap
./prog_word_freq.go:61:13: ... argument does not escape
./prog_word_freq.go:61:29: e.word escapes to heap
./prog_word_freq.go:61:37: e.count escapes to heap
./prog_word_freq.go:63:13: ... argument does not escape
