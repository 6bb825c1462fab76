./closure_byval_byref.go:11:10: func literal does not escape
./closure_byval_byref.go:12:13: ... argument does not escape
./closure_byval_byref.go:12:18: addK(1) escapes to heap
./closure_byval_byref.go:12:27: addK(2) escapes to heap
./closure_byval_byref.go:15:9: func literal does not escape
./closure_byval_byref.go:17:13: ... argument does not escape
./closure_byval_byref.go:17:17: get() escapes to heap
./closure_byval_byref.go:21:9: func literal does not escape
./closure_byval_byref.go:28:13: ... argument does not escape
./closure_byval_byref.go:28:17: sum() escapes to heap
./closure_byval_byref.go:31:10: func literal does not escape
./closure_byval_byref.go:33:13: ... argument does not escape
./closure_byval_byref.go:33:13: pt escapes to heap
./closure_byval_byref.go:36:10: func literal does not escape
./closure_byval_byref.go:36:49: arr[0] + arr[1] + arr[2] escapes to heap
./closure_byval_byref.go:37:13: ... argument does not escape
./closure_byval_byref.go:37:18: join() escapes to heap
