./io_eof_compare.go:16:22: ... argument does not escape
./io_eof_compare.go:16:30: new(int) escapes to heap
./io_eof_compare.go:17:13: ... argument does not escape
./io_eof_compare.go:17:19: err1 == io.EOF escapes to heap
./io_eof_compare.go:17:35: err2 == io.EOF escapes to heap
./io_eof_compare.go:17:51: err3 == io.EOF escapes to heap
./io_eof_compare.go:17:67: err4 == io.EOF escapes to heap
./io_eof_compare.go:18:13: ... argument does not escape
./io_eof_compare.go:19:13: ... argument does not escape
./io_eof_compare.go:19:32: errors.New("EOF") == io.EOF escapes to heap
./io_eof_compare.go:19:55: io.EOF.Error() escapes to heap
./io_eof_compare.go:20:22: ... argument does not escape
./io_eof_compare.go:20:40: new(int) escapes to heap
./io_eof_compare.go:20:50: new(int) escapes to heap
./io_eof_compare.go:21:13: ... argument does not escape
./io_eof_compare.go:21:18: err == io.ErrUnexpectedEOF escapes to heap
./io_eof_compare.go:22:21: ... argument does not escape
./io_eof_compare.go:22:40: new(string) escapes to heap
./io_eof_compare.go:23:13: ... argument does not escape
./io_eof_compare.go:23:18: err == io.ErrUnexpectedEOF escapes to heap
./io_eof_compare.go:27:14: ... argument does not escape
./io_eof_compare.go:27:15: "unexpected" escapes to heap
./io_eof_compare.go:29:14: ... argument does not escape
./io_eof_compare.go:29:15: "plain EOF" escapes to heap
