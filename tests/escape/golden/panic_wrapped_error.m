./panic_wrapped_error.go:10:7: o does not escape
./panic_wrapped_error.go:10:53: "op<" + o.Name + ">" escapes to heap
./panic_wrapped_error.go:13:8: func literal does not escape
./panic_wrapped_error.go:15:14: ... argument does not escape
./panic_wrapped_error.go:15:15: "got:" escapes to heap
./panic_wrapped_error.go:17:14: ... argument does not escape
./panic_wrapped_error.go:18:19: ... argument does not escape
./panic_wrapped_error.go:18:47: Op{...} escapes to heap
./panic_wrapped_error.go:21:18: ... argument does not escape
./panic_wrapped_error.go:21:35: "f.txt" escapes to heap
