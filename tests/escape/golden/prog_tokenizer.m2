./prog_tokenizer.go:39:41: string(rs[i:j]) escapes to heap:
./prog_tokenizer.go:39:41:   flow: {heap} = &{storage for string(rs[i:j])}:
./prog_tokenizer.go:39:41:     from string(rs[i:j]) (spill) at ./prog_tokenizer.go:39:41
./prog_tokenizer.go:39:41:     from Token{...} (struct literal element) at ./prog_tokenizer.go:39:29
./prog_tokenizer.go:39:41:     from append(toks, Token{...}) (call parameter) at ./prog_tokenizer.go:39:17
./prog_tokenizer.go:46:55: string(rs[i:j]) escapes to heap:
./prog_tokenizer.go:46:55:   flow: {heap} = &{storage for string(rs[i:j])}:
./prog_tokenizer.go:46:55:     from string(rs[i:j]) (spill) at ./prog_tokenizer.go:46:55
./prog_tokenizer.go:46:55:     from Token{...} (struct literal element) at ./prog_tokenizer.go:46:29
./prog_tokenizer.go:46:55:     from append(toks, Token{...}) (call parameter) at ./prog_tokenizer.go:46:17
./prog_tokenizer.go:55:52: string(r) escapes to heap:
./prog_tokenizer.go:55:52:   flow: {heap} = &{storage for string(r)}:
./prog_tokenizer.go:55:52:     from string(r) (spill) at ./prog_tokenizer.go:55:52
./prog_tokenizer.go:55:52:     from Token{...} (struct literal element) at ./prog_tokenizer.go:55:29
./prog_tokenizer.go:55:52:     from append(toks, Token{...}) (call parameter) at ./prog_tokenizer.go:55:17
./prog_tokenizer.go:24:15: src does not escape
./prog_tokenizer.go:25:14: ([]rune)(src) does not escape
./prog_tokenizer.go:39:41: string(rs[i:j]) escapes to heap
./prog_tokenizer.go:46:55: string(rs[i:j]) escapes to heap
./prog_tokenizer.go:55:52: string(r) escapes to heap
./prog_tokenizer.go:68:7: parameter p leaks to ~r0 with derefs=1:
./prog_tokenizer.go:68:7:   flow: ~r0 = *p:
./prog_tokenizer.go:68:7:     from p.toks (dot of pointer) at ./prog_tokenizer.go:70:12
./prog_tokenizer.go:68:7:     from p.toks[p.pos] (dot of pointer) at ./prog_tokenizer.go:70:17
./prog_tokenizer.go:68:7:     from &p.toks[p.pos] (address-of) at ./prog_tokenizer.go:70:10
./prog_tokenizer.go:68:7:     from return &p.toks[p.pos] (return) at ./prog_tokenizer.go:70:3
./prog_tokenizer.go:68:7: leaking param: p to result ~r0 level=1
./prog_tokenizer.go:75:7: p does not escape
./prog_tokenizer.go:88:7: p does not escape
./prog_tokenizer.go:101:7: p does not escape
./prog_tokenizer.go:133:39: (*Parser).expr(q) escapes to heap:
./prog_tokenizer.go:133:39:   flow: {storage for ... argument} = &{storage for (*Parser).expr(q)}:
./prog_tokenizer.go:133:39:     from (*Parser).expr(q) (spill) at ./prog_tokenizer.go:133:39
./prog_tokenizer.go:133:39:     from ... argument (slice-literal-element) at ./prog_tokenizer.go:133:13
./prog_tokenizer.go:133:39:   flow: {heap} = {storage for ... argument}:
./prog_tokenizer.go:133:39:     from ... argument (spill) at ./prog_tokenizer.go:133:13
./prog_tokenizer.go:133:39:     from fmt.Printf("%-16s = %d\n", ... argument...) (call parameter) at ./prog_tokenizer.go:133:13
./prog_tokenizer.go:133:14: s escapes to heap:
./prog_tokenizer.go:133:14:   flow: {storage for ... argument} = &{storage for s}:
./prog_tokenizer.go:133:14:     from s (spill) at ./prog_tokenizer.go:133:14
./prog_tokenizer.go:133:14:     from ... argument (slice-literal-element) at ./prog_tokenizer.go:133:13
./prog_tokenizer.go:133:14:   flow: {heap} = {storage for ... argument}:
./prog_tokenizer.go:133:14:     from ... argument (spill) at ./prog_tokenizer.go:133:13
./prog_tokenizer.go:133:14:     from fmt.Printf("%-16s = %d\n", ... argument...) (call parameter) at ./prog_tokenizer.go:133:13
./prog_tokenizer.go:130:20: (*Parser).expr(p) escapes to heap:
./prog_tokenizer.go:130:20:   flow: {storage for ... argument} = &{storage for (*Parser).expr(p)}:
./prog_tokenizer.go:130:20:     from (*Parser).expr(p) (spill) at ./prog_tokenizer.go:130:20
./prog_tokenizer.go:130:20:     from ... argument (slice-literal-element) at ./prog_tokenizer.go:130:13
./prog_tokenizer.go:130:20:   flow: {heap} = {storage for ... argument}:
./prog_tokenizer.go:130:20:     from ... argument (spill) at ./prog_tokenizer.go:130:13
./prog_tokenizer.go:130:20:     from fmt.Println(... argument...) (call parameter) at ./prog_tokenizer.go:130:13
./prog_tokenizer.go:127:17: len(toks) escapes to heap:
./prog_tokenizer.go:127:17:   flow: {storage for ... argument} = &{storage for len(toks)}:
./prog_tokenizer.go:127:17:     from len(toks) (spill) at ./prog_tokenizer.go:127:17
./prog_tokenizer.go:127:17:     from ... argument (slice-literal-element) at ./prog_tokenizer.go:127:13
./prog_tokenizer.go:127:17:   flow: {heap} = {storage for ... argument}:
./prog_tokenizer.go:127:17:     from ... argument (spill) at ./prog_tokenizer.go:127:13
./prog_tokenizer.go:127:17:     from fmt.Println(... argument...) (call parameter) at ./prog_tokenizer.go:127:13
./prog_tokenizer.go:125:33: t.Text escapes to heap:
./prog_tokenizer.go:125:33:   flow: {storage for ... argument} = &{storage for t.Text}:
./prog_tokenizer.go:125:33:     from t.Text (spill) at ./prog_tokenizer.go:125:33
./prog_tokenizer.go:125:33:     from ... argument (slice-literal-element) at ./prog_tokenizer.go:125:13
./prog_tokenizer.go:125:33:   flow: {heap} = {storage for ... argument}:
./prog_tokenizer.go:125:33:     from ... argument (spill) at ./prog_tokenizer.go:125:13
./prog_tokenizer.go:125:33:     from fmt.Printf("%d:%q ", ... argument...) (call parameter) at ./prog_tokenizer.go:125:13
./prog_tokenizer.go:125:25: t.Kind escapes to heap:
./prog_tokenizer.go:125:25:   flow: {storage for ... argument} = &{storage for t.Kind}:
./prog_tokenizer.go:125:25:     from t.Kind (spill) at ./prog_tokenizer.go:125:25
./prog_tokenizer.go:125:25:     from ... argument (slice-literal-element) at ./prog_tokenizer.go:125:13
./prog_tokenizer.go:125:25:   flow: {heap} = {storage for ... argument}:
./prog_tokenizer.go:125:25:     from ... argument (spill) at ./prog_tokenizer.go:125:13
./prog_tokenizer.go:125:25:     from fmt.Printf("%d:%q ", ... argument...) (call parameter) at ./prog_tokenizer.go:125:13
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
