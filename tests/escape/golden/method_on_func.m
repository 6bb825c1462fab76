./method_on_func.go:9:7: h does not escape
./method_on_func.go:9:24: leaking param: req
./method_on_func.go:9:65: "[" + h(req) + "]" escapes to heap
./method_on_func.go:11:7: leaking param: h
./method_on_func.go:11:23: leaking param: next
./method_on_func.go:12:14: leaking param: s
./method_on_func.go:12:9: func literal escapes to heap
./method_on_func.go:17:7: p does not escape
./method_on_func.go:17:23: leaking param: s
./method_on_func.go:25:24: s does not escape
./method_on_func.go:34:23: s does not escape
./method_on_func.go:25:19: func literal escapes to heap
./method_on_func.go:26:14: ([]byte)(s) does not escape
./method_on_func.go:32:16: string(b) escapes to heap
./method_on_func.go:34:18: func literal escapes to heap
./method_on_func.go:34:51: s + "!" escapes to heap
./method_on_func.go:35:13: ... argument does not escape
./method_on_func.go:35:25: Handler.Serve(upper, "hi") escapes to heap
./method_on_func.go:35:43: Handler.Serve(excl, "hi") escapes to heap
./method_on_func.go:36:13: ... argument does not escape
./method_on_func.go:36:36: Handler.Serve(.autotmp_2, "go") escapes to heap
./method_on_func.go:37:13: ... argument does not escape
./method_on_func.go:37:45: Pipeline.Run(Pipeline{...}, "vm") escapes to heap
./method_on_func.go:37:22: Pipeline{...} does not escape
./method_on_func.go:38:13: ... argument does not escape
./method_on_func.go:38:28: Pipeline.Run(Pipeline{}, "same") escapes to heap
./method_on_func.go:38:22: Pipeline{} does not escape
./method_on_func.go:40:16: upper.Serve does not escape
./method_on_func.go:41:13: ... argument does not escape
./method_on_func.go:41:19: serve("bound") escapes to heap
./method_on_func.go:42:13: ... argument does not escape
./method_on_func.go:42:27: Handler.Serve(excl, "expr") escapes to heap
