./io_wordcount.go:32:25: main ignoring self-assignment in words[j], words[j - 1] = words[j - 1], words[j]
./io_wordcount.go:32:25: main ignoring self-assignment in words[j], words[j - 1] = words[j - 1], words[j]
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
