./lib_errors_compare.go:12:13: ... argument does not escape
./lib_errors_compare.go:12:17: e1 == e2 escapes to heap
./lib_errors_compare.go:12:27: e1 == e1 escapes to heap
./lib_errors_compare.go:14:13: ... argument does not escape
./lib_errors_compare.go:14:18: err == strconv.ErrSyntax escapes to heap
./lib_errors_compare.go:14:44: err != strconv.ErrRange escapes to heap
./lib_errors_compare.go:16:13: ... argument does not escape
./lib_errors_compare.go:16:18: err == strconv.ErrSyntax escapes to heap
