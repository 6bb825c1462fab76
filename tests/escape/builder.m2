./builder.go:9:23: parameter s leaks to {heap} with derefs=0:
./builder.go:9:23:   flow: {heap} = s:
./builder.go:9:23:     from append(b.parts, s) (call parameter) at ./builder.go:10:18
./builder.go:9:7: parameter b leaks to {heap} with derefs=1:
./builder.go:9:7:   flow: {temp} = *b:
./builder.go:9:7:     from b.parts (dot of pointer) at ./builder.go:10:20
./builder.go:9:7:     from append(b.parts, s) (call parameter) at ./builder.go:10:18
./builder.go:9:7:   flow: {heap} = {temp}:
./builder.go:9:7:     from b.parts = append(b.parts, s) (assign) at ./builder.go:10:10
./builder.go:9:7: parameter b leaks to ~r0 with derefs=0:
./builder.go:9:7:   flow: ~r0 = b:
./builder.go:9:7:     from return b (return) at ./builder.go:11:2
./builder.go:9:7: leaking param content: b
./builder.go:9:7: leaking param: b to result ~r0 level=0
./builder.go:9:23: leaking param: s
./builder.go:14:7: b does not escape
./builder.go:16:37: &Builder{} escapes to heap:
./builder.go:16:37:   flow: ~r0 = &{storage for &Builder{}}:
./builder.go:16:37:     from &Builder{} (spill) at ./builder.go:16:37
./builder.go:16:37:     from return &Builder{} (return) at ./builder.go:16:30
./builder.go:16:37: &Builder{} escapes to heap
./builder.go:22:32: (*Builder).Len(local) escapes to heap:
./builder.go:22:32:   flow: {storage for ... argument} = &{storage for (*Builder).Len(local)}:
./builder.go:22:32:     from (*Builder).Len(local) (spill) at ./builder.go:22:32
./builder.go:22:32:     from ... argument (slice-literal-element) at ./builder.go:22:13
./builder.go:22:32:   flow: {heap} = {storage for ... argument}:
./builder.go:22:32:     from ... argument (spill) at ./builder.go:22:13
./builder.go:22:32:     from fmt.Println(... argument...) (call parameter) at ./builder.go:22:13
./builder.go:22:19: (*Builder).Len(b) escapes to heap:
./builder.go:22:19:   flow: {storage for ... argument} = &{storage for (*Builder).Len(b)}:
./builder.go:22:19:     from (*Builder).Len(b) (spill) at ./builder.go:22:19
./builder.go:22:19:     from ... argument (slice-literal-element) at ./builder.go:22:13
./builder.go:22:19:   flow: {heap} = {storage for ... argument}:
./builder.go:22:19:     from ... argument (spill) at ./builder.go:22:13
./builder.go:22:19:     from fmt.Println(... argument...) (call parameter) at ./builder.go:22:13
./builder.go:22:13: ... argument does not escape
./builder.go:22:19: (*Builder).Len(b) escapes to heap
./builder.go:22:32: (*Builder).Len(local) escapes to heap
