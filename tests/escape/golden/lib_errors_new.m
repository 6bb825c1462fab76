./lib_errors_new.go:19:13: ... argument does not escape
./lib_errors_new.go:19:25: e1 != nil escapes to heap
./lib_errors_new.go:20:12: ... argument does not escape
./lib_errors_new.go:21:13: ... argument does not escape
./lib_errors_new.go:23:14: ... argument does not escape
./lib_errors_new.go:23:15: "error:" escapes to heap
./lib_errors_new.go:25:17: ... argument does not escape
./lib_errors_new.go:25:22: " and " escapes to heap
./lib_errors_new.go:26:13: ... argument does not escape
./lib_errors_new.go:26:13: s escapes to heap
./lib_errors_new.go:27:13: ... argument does not escape
./lib_errors_new.go:27:25: fmt.Sprintf("wrapped: %v", ... argument...) escapes to heap
./lib_errors_new.go:27:25: ... argument does not escape
./lib_errors_new.go:29:12: ... argument does not escape
./lib_errors_new.go:31:13: ... argument does not escape
./lib_errors_new.go:32:17: []error{...} escapes to heap
./lib_errors_new.go:33:13: ... argument does not escape
./lib_errors_new.go:33:13: errs escapes to heap
./lib_errors_new.go:34:12: ... argument does not escape
./lib_errors_new.go:34:13: errs escapes to heap
./lib_errors_new.go:34:33: len(errs) escapes to heap
./lib_errors_new.go:35:23: map[string]error{...} escapes to heap
./lib_errors_new.go:36:13: ... argument does not escape
./lib_errors_new.go:38:13: ... argument does not escape
./lib_errors_new.go:40:13: ... argument does not escape
./lib_errors_new.go:40:25: none == nil escapes to heap
./lib_errors_new.go:41:12: ... argument does not escape
