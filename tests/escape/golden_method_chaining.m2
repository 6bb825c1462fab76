./golden_method_chaining.go:12:7: parameter b leaks to {heap} with derefs=1:
./golden_method_chaining.go:12:7:   flow: {heap} = *b:
./golden_method_chaining.go:12:7:     from b.buf (dot of pointer) at ./golden_method_chaining.go:13:18
./golden_method_chaining.go:12:7:     from append(b.buf, s...) (call parameter) at ./golden_method_chaining.go:13:16
./golden_method_chaining.go:12:7:     from b.buf = append(b.buf, s...) (assign) at ./golden_method_chaining.go:13:8
./golden_method_chaining.go:12:7: parameter b leaks to ~r0 with derefs=0:
./golden_method_chaining.go:12:7:   flow: ~r0 = b:
./golden_method_chaining.go:12:7:     from return b (return) at ./golden_method_chaining.go:15:2
./golden_method_chaining.go:12:7: leaking param content: b
./golden_method_chaining.go:12:7: leaking param: b to result ~r0 level=0
./golden_method_chaining.go:12:23: s does not escape
./golden_method_chaining.go:18:7: parameter b leaks to {heap} with derefs=1:
./golden_method_chaining.go:18:7:   flow: {heap} = *b:
./golden_method_chaining.go:18:7:     from b.buf (dot of pointer) at ./golden_method_chaining.go:20:19
./golden_method_chaining.go:18:7:     from append(b.buf, '-') (call parameter) at ./golden_method_chaining.go:20:17
./golden_method_chaining.go:18:7:     from b.buf = append(b.buf, '-') (assign) at ./golden_method_chaining.go:20:9
./golden_method_chaining.go:18:7: parameter b leaks to ~r0 with derefs=0:
./golden_method_chaining.go:18:7:   flow: ~r0 = b:
./golden_method_chaining.go:18:7:     from return b (return) at ./golden_method_chaining.go:35:2
./golden_method_chaining.go:18:7: leaking param content: b
./golden_method_chaining.go:18:7: leaking param: b to result ~r0 level=0
./golden_method_chaining.go:38:7: parameter b leaks to {heap} with derefs=1:
./golden_method_chaining.go:38:7:   flow: {heap} = *b:
./golden_method_chaining.go:38:7:     from b.buf (dot of pointer) at ./golden_method_chaining.go:39:18
./golden_method_chaining.go:38:7:     from append(b.buf, c) (call parameter) at ./golden_method_chaining.go:39:16
./golden_method_chaining.go:38:7:     from b.buf = append(b.buf, c) (assign) at ./golden_method_chaining.go:39:8
./golden_method_chaining.go:38:7: parameter b leaks to ~r0 with derefs=0:
./golden_method_chaining.go:38:7:   flow: ~r0 = b:
./golden_method_chaining.go:38:7:     from return b (return) at ./golden_method_chaining.go:41:2
./golden_method_chaining.go:38:7: leaking param content: b
./golden_method_chaining.go:38:7: leaking param: b to result ~r0 level=0
./golden_method_chaining.go:44:50: string(b.buf) escapes to heap:
./golden_method_chaining.go:44:50:   flow: ~r0 = &{storage for string(b.buf)}:
./golden_method_chaining.go:44:50:     from string(b.buf) (spill) at ./golden_method_chaining.go:44:50
./golden_method_chaining.go:44:50:     from return string(b.buf) (return) at ./golden_method_chaining.go:44:37
./golden_method_chaining.go:44:7: b does not escape
./golden_method_chaining.go:44:50: string(b.buf) escapes to heap
./golden_method_chaining.go:56:50: Builder.String2(bs[1]) escapes to heap:
./golden_method_chaining.go:56:50:   flow: {storage for ... argument} = &{storage for Builder.String2(bs[1])}:
./golden_method_chaining.go:56:50:     from Builder.String2(bs[1]) (spill) at ./golden_method_chaining.go:56:50
./golden_method_chaining.go:56:50:     from ... argument (slice-literal-element) at ./golden_method_chaining.go:56:13
./golden_method_chaining.go:56:50:   flow: {heap} = {storage for ... argument}:
./golden_method_chaining.go:56:50:     from ... argument (spill) at ./golden_method_chaining.go:56:13
./golden_method_chaining.go:56:50:     from fmt.Println(... argument...) (call parameter) at ./golden_method_chaining.go:56:13
./golden_method_chaining.go:56:30: Builder.String2(bs[0]) == "" escapes to heap:
./golden_method_chaining.go:56:30:   flow: {storage for ... argument} = &{storage for Builder.String2(bs[0]) == ""}:
./golden_method_chaining.go:56:30:     from Builder.String2(bs[0]) == "" (spill) at ./golden_method_chaining.go:56:30
./golden_method_chaining.go:56:30:     from ... argument (slice-literal-element) at ./golden_method_chaining.go:56:13
./golden_method_chaining.go:56:30:   flow: {heap} = {storage for ... argument}:
./golden_method_chaining.go:56:30:     from ... argument (spill) at ./golden_method_chaining.go:56:13
./golden_method_chaining.go:56:30:     from fmt.Println(... argument...) (call parameter) at ./golden_method_chaining.go:56:13
./golden_method_chaining.go:52:13: s escapes to heap:
./golden_method_chaining.go:52:13:   flow: {storage for ... argument} = &{storage for s}:
./golden_method_chaining.go:52:13:     from s (spill) at ./golden_method_chaining.go:52:13
./golden_method_chaining.go:52:13:     from ... argument (slice-literal-element) at ./golden_method_chaining.go:52:13
./golden_method_chaining.go:52:13:   flow: {heap} = {storage for ... argument}:
./golden_method_chaining.go:52:13:     from ... argument (spill) at ./golden_method_chaining.go:52:13
./golden_method_chaining.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./golden_method_chaining.go:52:13
./golden_method_chaining.go:49:28: b.count escapes to heap:
./golden_method_chaining.go:49:28:   flow: {storage for ... argument} = &{storage for b.count}:
./golden_method_chaining.go:49:28:     from b.count (spill) at ./golden_method_chaining.go:49:28
./golden_method_chaining.go:49:28:     from ... argument (slice-literal-element) at ./golden_method_chaining.go:49:13
./golden_method_chaining.go:49:28:   flow: {heap} = {storage for ... argument}:
./golden_method_chaining.go:49:28:     from ... argument (spill) at ./golden_method_chaining.go:49:13
./golden_method_chaining.go:49:28:     from fmt.Println(... argument...) (call parameter) at ./golden_method_chaining.go:49:13
./golden_method_chaining.go:49:23: Builder.String2(b) escapes to heap:
./golden_method_chaining.go:49:23:   flow: {storage for ... argument} = &{storage for Builder.String2(b)}:
./golden_method_chaining.go:49:23:     from Builder.String2(b) (spill) at ./golden_method_chaining.go:49:23
./golden_method_chaining.go:49:23:     from ... argument (slice-literal-element) at ./golden_method_chaining.go:49:13
./golden_method_chaining.go:49:23:   flow: {heap} = {storage for ... argument}:
./golden_method_chaining.go:49:23:     from ... argument (spill) at ./golden_method_chaining.go:49:13
./golden_method_chaining.go:49:23:     from fmt.Println(... argument...) (call parameter) at ./golden_method_chaining.go:49:13
./golden_method_chaining.go:49:13: ... argument does not escape
./golden_method_chaining.go:49:23: Builder.String2(b) escapes to heap
./golden_method_chaining.go:49:28: b.count escapes to heap
./golden_method_chaining.go:51:8: &Builder{} does not escape
./golden_method_chaining.go:52:13: ... argument does not escape
./golden_method_chaining.go:52:13: s escapes to heap
./golden_method_chaining.go:54:17: []Builder{...} does not escape
./golden_method_chaining.go:56:13: ... argument does not escape
./golden_method_chaining.go:56:30: Builder.String2(bs[0]) == "" escapes to heap
./golden_method_chaining.go:56:50: Builder.String2(bs[1]) escapes to heap
