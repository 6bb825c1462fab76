./prog_tokenizer.go:24:15: src does not escape
./prog_tokenizer.go:25:14: ([]rune)(src) does not escape
./prog_tokenizer.go:39:41: string(rs[i:j]) escapes to heap
./prog_tokenizer.go:46:55: string(rs[i:j]) escapes to heap
./prog_tokenizer.go:55:52: string(r) escapes to heap
./prog_tokenizer.go:68:7: leaking param: p to result ~r0 level=1
./prog_tokenizer.go:75:7: p does not escape
./prog_tokenizer.go:88:7: p does not escape
./prog_tokenizer.go:101:7: p does not escape
./prog_tokenizer.go:125:13: ... argument does not escape
./prog_tokenizer.go:125:25: t.Kind escapes to heap
./prog_tokenizer.go:125:33: t.Text escapes to heap
./prog_tokenizer.go:127:13: ... argument does not escape
./prog_tokenizer.go:127:17: len(toks) escapes to heap
./prog_tokenizer.go:128:24: map[string]int{...} does not escape
./prog_tokenizer.go:129:7: &Parser{...} does not escape
./prog_tokenizer.go:130:13: ... argument does not escape
./prog_tokenizer.go:130:20: (*Parser).expr(p) escapes to heap
./prog_tokenizer.go:131:28: []string{...} does not escape
./prog_tokenizer.go:133:13: ... argument does not escape
./prog_tokenizer.go:133:14: s escapes to heap
./prog_tokenizer.go:133:39: (*Parser).expr(q) escapes to heap
