./prog_word_freq.go:17:12: s does not escape
./prog_word_freq.go:30:28: string(cur) escapes to heap
./prog_word_freq.go:35:27: string(cur) escapes to heap
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
