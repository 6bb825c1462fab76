./method_chaining.go:12:7: leaking param content: b
./method_chaining.go:12:7: leaking param: b to result ~r0 level=0
./method_chaining.go:12:23: s does not escape
./method_chaining.go:18:7: leaking param content: b
./method_chaining.go:18:7: leaking param: b to result ~r0 level=0
./method_chaining.go:38:7: leaking param content: b
./method_chaining.go:38:7: leaking param: b to result ~r0 level=0
./method_chaining.go:44:7: b does not escape
./method_chaining.go:44:50: string(b.buf) escapes to heap
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
