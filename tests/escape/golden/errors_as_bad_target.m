./errors_as_bad_target.go:14:10: leaking param: name
./errors_as_bad_target.go:14:23: f does not escape
./errors_as_bad_target.go:15:8: func literal does not escape
./errors_as_bad_target.go:15:28: ... argument does not escape
./errors_as_bad_target.go:15:28: name escapes to heap
./errors_as_bad_target.go:15:35: "->" escapes to heap
./errors_as_bad_target.go:26:6: moved to heap: pe
./errors_as_bad_target.go:28:6: moved to heap: x
./errors_as_bad_target.go:24:32: moved to heap: n
./errors_as_bad_target.go:25:38: moved to heap: e
./errors_as_bad_target.go:20:19: ... argument does not escape
./errors_as_bad_target.go:20:29: &E{} escapes to heap
./errors_as_bad_target.go:21:13: func literal does not escape
./errors_as_bad_target.go:22:21: func literal does not escape
./errors_as_bad_target.go:22:48: e escapes to heap
./errors_as_bad_target.go:23:21: func literal does not escape
./errors_as_bad_target.go:24:19: func literal does not escape
./errors_as_bad_target.go:25:25: func literal does not escape
./errors_as_bad_target.go:27:13: ... argument does not escape
./errors_as_bad_target.go:27:23: errors.As(err, &pe) escapes to heap
./errors_as_bad_target.go:27:38: pe != nil escapes to heap
./errors_as_bad_target.go:29:15: func literal does not escape
./errors_as_bad_target.go:29:35: ... argument does not escape
./errors_as_bad_target.go:29:45: errors.As(err, &x) escapes to heap
./errors_as_bad_target.go:30:17: 42 escapes to heap
