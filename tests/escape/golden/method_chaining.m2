./method_chaining.go:12:7: parameter b leaks to {heap} with derefs=1:
./method_chaining.go:12:7:   flow: {heap} = *b:
./method_chaining.go:12:7:     from b.buf (dot of pointer) at ./method_chaining.go:13:18
./method_chaining.go:12:7:     from append(b.buf, s...) (call parameter) at ./method_chaining.go:13:16
./method_chaining.go:12:7:     from b.buf = append(b.buf, s...) (assign) at ./method_chaining.go:13:8
./method_chaining.go:12:7: parameter b leaks to ~r0 with derefs=0:
./method_chaining.go:12:7:   flow: ~r0 = b:
./method_chaining.go:12:7:     from return b (return) at ./method_chaining.go:15:2
./method_chaining.go:12:7: leaking param content: b
./method_chaining.go:12:7: leaking param: b to result ~r0 level=0
./method_chaining.go:12:23: s does not escape
./method_chaining.go:18:7: parameter b leaks to {heap} with derefs=1:
./method_chaining.go:18:7:   flow: {heap} = *b:
./method_chaining.go:18:7:     from b.buf (dot of pointer) at ./method_chaining.go:20:19
./method_chaining.go:18:7:     from append(b.buf, '-') (call parameter) at ./method_chaining.go:20:17
./method_chaining.go:18:7:     from b.buf = append(b.buf, '-') (assign) at ./method_chaining.go:20:9
./method_chaining.go:18:7: parameter b leaks to ~r0 with derefs=0:
./method_chaining.go:18:7:   flow: ~r0 = b:
./method_chaining.go:18:7:     from return b (return) at ./method_chaining.go:35:2
./method_chaining.go:18:7: leaking param content: b
./method_chaining.go:18:7: leaking param: b to result ~r0 level=0
./method_chaining.go:38:7: parameter b leaks to {heap} with derefs=1:
./method_chaining.go:38:7:   flow: {heap} = *b:
./method_chaining.go:38:7:     from b.buf (dot of pointer) at ./method_chaining.go:39:18
./method_chaining.go:38:7:     from append(b.buf, c) (call parameter) at ./method_chaining.go:39:16
./method_chaining.go:38:7:     from b.buf = append(b.buf, c) (assign) at ./method_chaining.go:39:8
./method_chaining.go:38:7: parameter b leaks to ~r0 with derefs=0:
./method_chaining.go:38:7:   flow: ~r0 = b:
./method_chaining.go:38:7:     from return b (return) at ./method_chaining.go:41:2
./method_chaining.go:38:7: leaking param content: b
./method_chaining.go:38:7: leaking param: b to result ~r0 level=0
./method_chaining.go:44:50: string(b.buf) escapes to heap:
./method_chaining.go:44:50:   flow: ~r0 = &{storage for string(b.buf)}:
./method_chaining.go:44:50:     from string(b.buf) (spill) at ./method_chaining.go:44:50
./method_chaining.go:44:50:     from return string(b.buf) (return) at ./method_chaining.go:44:37
./method_chaining.go:44:7: b does not escape
./method_chaining.go:44:50: string(b.buf) escapes to heap
./method_chaining.go:56:50: Builder.String2(bs[1]) escapes to heap:
./method_chaining.go:56:50:   flow: {storage for ... argument} = &{storage for Builder.String2(bs[1])}:
./method_chaining.go:56:50:     from Builder.String2(bs[1]) (spill) at ./method_chaining.go:56:50
./method_chaining.go:56:50:     from ... argument (slice-literal-element) at ./method_chaining.go:56:13
./method_chaining.go:56:50:   flow: {heap} = {storage for ... argument}:
./method_chaining.go:56:50:     from ... argument (spill) at ./method_chaining.go:56:13
./method_chaining.go:56:50:     from fmt.Println(... argument...) (call parameter) at ./method_chaining.go:56:13
./method_chaining.go:56:30: Builder.String2(bs[0]) == "" escapes to heap:
./method_chaining.go:56:30:   flow: {storage for ... argument} = &{storage for Builder.String2(bs[0]) == ""}:
./method_chaining.go:56:30:     from Builder.String2(bs[0]) == "" (spill) at ./method_chaining.go:56:30
./method_chaining.go:56:30:     from ... argument (slice-literal-element) at ./method_chaining.go:56:13
./method_chaining.go:56:30:   flow: {heap} = {storage for ... argument}:
./method_chaining.go:56:30:     from ... argument (spill) at ./method_chaining.go:56:13
./method_chaining.go:56:30:     from fmt.Println(... argument...) (call parameter) at ./method_chaining.go:56:13
./method_chaining.go:52:13: s escapes to heap:
./method_chaining.go:52:13:   flow: {storage for ... argument} = &{storage for s}:
./method_chaining.go:52:13:     from s (spill) at ./method_chaining.go:52:13
./method_chaining.go:52:13:     from ... argument (slice-literal-element) at ./method_chaining.go:52:13
./method_chaining.go:52:13:   flow: {heap} = {storage for ... argument}:
./method_chaining.go:52:13:     from ... argument (spill) at ./method_chaining.go:52:13
./method_chaining.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./method_chaining.go:52:13
./method_chaining.go:49:28: b.count escapes to heap:
./method_chaining.go:49:28:   flow: {storage for ... argument} = &{storage for b.count}:
./method_chaining.go:49:28:     from b.count (spill) at ./method_chaining.go:49:28
./method_chaining.go:49:28:     from ... argument (slice-literal-element) at ./method_chaining.go:49:13
./method_chaining.go:49:28:   flow: {heap} = {storage for ... argument}:
./method_chaining.go:49:28:     from ... argument (spill) at ./method_chaining.go:49:13
./method_chaining.go:49:28:     from fmt.Println(... argument...) (call parameter) at ./method_chaining.go:49:13
./method_chaining.go:49:23: Builder.String2(b) escapes to heap:
./method_chaining.go:49:23:   flow: {storage for ... argument} = &{storage for Builder.String2(b)}:
./method_chaining.go:49:23:     from Builder.String2(b) (spill) at ./method_chaining.go:49:23
./method_chaining.go:49:23:     from ... argument (slice-literal-element) at ./method_chaining.go:49:13
./method_chaining.go:49:23:   flow: {heap} = {storage for ... argument}:
./method_chaining.go:49:23:     from ... argument (spill) at ./method_chaining.go:49:13
./method_chaining.go:49:23:     from fmt.Println(... argument...) (call parameter) at ./method_chaining.go:49:13
./method_chaining.go:49:13: ... argument does not escape
./method_chaining.go:49:23: Builder.String2(b) escapes to heap
./method_chaining.go:49:28: b.count escapes to heap
./method_chaining.go:51:8: &Builder{} does not escape
./method_chaining.go:52:13: ... argument does not escape
./method_chaining.go:52:13: s escapes to heap
./method_chaining.go:54:17: []Builder{...} does not escape
./method_chaining.go:56:13: ... argument does not escape
./method_chaining.go:56:30: Builder.String2(bs[0]) == "" escapes to heap
./method_chaining.go:56:50: Builder.String2(bs[1]) escapes to heap
