./io_wordcount.go:32:25: main ignoring self-assignment in words[j], words[j - 1] = words[j - 1], words[j]
./io_wordcount.go:32:25: main ignoring self-assignment in words[j], words[j - 1] = words[j - 1], words[j]
./io_wordcount.go:26:15: make([]string, 0, len(counts)) escapes to heap:
./io_wordcount.go:26:15:   flow: {heap} = &{storage for make([]string, 0, len(counts))}:
./io_wordcount.go:26:15:     from make([]string, 0, len(counts)) (non-constant size) at ./io_wordcount.go:26:15
./io_wordcount.go:38:45: len(counts) escapes to heap:
./io_wordcount.go:38:45:   flow: {storage for ... argument} = &{storage for len(counts)}:
./io_wordcount.go:38:45:     from len(counts) (spill) at ./io_wordcount.go:38:45
./io_wordcount.go:38:45:     from ... argument (slice-literal-element) at ./io_wordcount.go:38:13
./io_wordcount.go:38:45:   flow: {heap} = {storage for ... argument}:
./io_wordcount.go:38:45:     from ... argument (spill) at ./io_wordcount.go:38:13
./io_wordcount.go:38:45:     from fmt.Println(... argument...) (call parameter) at ./io_wordcount.go:38:13
./io_wordcount.go:38:30: "distinct" escapes to heap:
./io_wordcount.go:38:30:   flow: {storage for ... argument} = &{storage for "distinct"}:
./io_wordcount.go:38:30:     from "distinct" (spill) at ./io_wordcount.go:38:30
./io_wordcount.go:38:30:     from ... argument (slice-literal-element) at ./io_wordcount.go:38:13
./io_wordcount.go:38:30:   flow: {heap} = {storage for ... argument}:
./io_wordcount.go:38:30:     from ... argument (spill) at ./io_wordcount.go:38:13
./io_wordcount.go:38:30:     from fmt.Println(... argument...) (call parameter) at ./io_wordcount.go:38:13
./io_wordcount.go:38:14: total escapes to heap:
./io_wordcount.go:38:14:   flow: {storage for ... argument} = &{storage for total}:
./io_wordcount.go:38:14:     from total (spill) at ./io_wordcount.go:38:14
./io_wordcount.go:38:14:     from ... argument (slice-literal-element) at ./io_wordcount.go:38:13
./io_wordcount.go:38:14:   flow: {heap} = {storage for ... argument}:
./io_wordcount.go:38:14:     from ... argument (spill) at ./io_wordcount.go:38:13
./io_wordcount.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./io_wordcount.go:38:13
./io_wordcount.go:38:14: "total" escapes to heap:
./io_wordcount.go:38:14:   flow: {storage for ... argument} = &{storage for "total"}:
./io_wordcount.go:38:14:     from "total" (spill) at ./io_wordcount.go:38:14
./io_wordcount.go:38:14:     from ... argument (slice-literal-element) at ./io_wordcount.go:38:13
./io_wordcount.go:38:14:   flow: {heap} = {storage for ... argument}:
./io_wordcount.go:38:14:     from ... argument (spill) at ./io_wordcount.go:38:13
./io_wordcount.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./io_wordcount.go:38:13
./io_wordcount.go:36:36: counts[w] escapes to heap:
./io_wordcount.go:36:36:   flow: {storage for ... argument} = &{storage for counts[w]}:
./io_wordcount.go:36:36:     from counts[w] (spill) at ./io_wordcount.go:36:36
./io_wordcount.go:36:36:     from ... argument (slice-literal-element) at ./io_wordcount.go:36:13
./io_wordcount.go:36:36:   flow: {heap} = {storage for ... argument}:
./io_wordcount.go:36:36:     from ... argument (spill) at ./io_wordcount.go:36:13
./io_wordcount.go:36:36:     from fmt.Printf("%-8s %d\n", ... argument...) (call parameter) at ./io_wordcount.go:36:13
./io_wordcount.go:36:14: w escapes to heap:
./io_wordcount.go:36:14:   flow: {storage for ... argument} = &{storage for w}:
./io_wordcount.go:36:14:     from w (spill) at ./io_wordcount.go:36:14
./io_wordcount.go:36:14:     from ... argument (slice-literal-element) at ./io_wordcount.go:36:13
./io_wordcount.go:36:14:   flow: {heap} = {storage for ... argument}:
./io_wordcount.go:36:14:     from ... argument (spill) at ./io_wordcount.go:36:13
./io_wordcount.go:36:14:     from fmt.Printf("%-8s %d\n", ... argument...) (call parameter) at ./io_wordcount.go:36:13
./io_wordcount.go:24:15: "error:" escapes to heap:
./io_wordcount.go:24:15:   flow: {storage for ... argument} = &{storage for "error:"}:
./io_wordcount.go:24:15:     from "error:" (spill) at ./io_wordcount.go:24:15
./io_wordcount.go:24:15:     from ... argument (slice-literal-element) at ./io_wordcount.go:24:14
./io_wordcount.go:24:15:   flow: {heap} = {storage for ... argument}:
./io_wordcount.go:24:15:     from ... argument (spill) at ./io_wordcount.go:24:14
./io_wordcount.go:24:15:     from fmt.Println(... argument...) (call parameter) at ./io_wordcount.go:24:14
./io_wordcount.go:13:26: map[string]int{} does not escape
./io_wordcount.go:24:14: ... argument does not escape
./io_wordcount.go:24:15: "error:" escapes to heap
./io_wordcount.go:26:15: make([]string, 0, len(counts)) escapes to heap
./io_wordcount.go:36:13: ... argument does not escape
./io_wordcount.go:36:14: w escapes to heap
./io_wordcount.go:36:36: counts[w] escapes to heap
./io_wordcount.go:38:13: ... argument does not escape
./io_wordcount.go:38:14: "total" escapes to heap
./io_wordcount.go:38:14: total escapes to heap
./io_wordcount.go:38:30: "distinct" escapes to heap
./io_wordcount.go:38:45: len(counts) escapes to heap
