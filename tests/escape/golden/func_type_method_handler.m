./func_type_method_handler.go:9:7: f does not escape
./func_type_method_handler.go:9:28: leaking param: req
./func_type_method_handler.go:11:14: leaking param: next
./func_type_method_handler.go:12:14: leaking param: req
./func_type_method_handler.go:12:9: func literal escapes to heap
./func_type_method_handler.go:13:19: "[log] " + HandlerFunc.Serve(next, req) escapes to heap
./func_type_method_handler.go:19:7: r does not escape
./func_type_method_handler.go:19:25: leaking param: path
./func_type_method_handler.go:19:38: leaking param: h
./func_type_method_handler.go:21:36: map[string]HandlerFunc{} escapes to heap
./func_type_method_handler.go:26:7: r does not escape
./func_type_method_handler.go:26:24: leaking param: path
./func_type_method_handler.go:30:16: "404 " + path escapes to heap
./func_type_method_handler.go:35:23: req does not escape
./func_type_method_handler.go:36:32: req does not escape
./func_type_method_handler.go:35:18: func literal escapes to heap
./func_type_method_handler.go:35:65: "hello from " + req escapes to heap
./func_type_method_handler.go:36:27: func literal escapes to heap
./func_type_method_handler.go:36:70: "logged " + req escapes to heap
./func_type_method_handler.go:37:13: ... argument does not escape
./func_type_method_handler.go:37:21: (*Router).Serve(r, "/hi") escapes to heap
./func_type_method_handler.go:38:13: ... argument does not escape
./func_type_method_handler.go:38:21: (*Router).Serve(r, "/log") escapes to heap
./func_type_method_handler.go:39:13: ... argument does not escape
./func_type_method_handler.go:39:21: (*Router).Serve(r, "/none") escapes to heap
