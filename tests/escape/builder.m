./builder.go:9:7: leaking param content: b
./builder.go:9:7: leaking param: b to result ~r0 level=0
./builder.go:9:23: leaking param: s
./builder.go:14:7: b does not escape
./builder.go:16:37: &Builder{} escapes to heap
./builder.go:22:13: ... argument does not escape
./builder.go:22:19: (*Builder).Len(b) escapes to heap
./builder.go:22:32: (*Builder).Len(local) escapes to heap
