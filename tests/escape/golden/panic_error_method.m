./panic_error_method.go:7:47: ... argument does not escape
./panic_error_method.go:7:56: e.Code escapes to heap
./panic_error_method.go:10:8: func literal does not escape
./panic_error_method.go:12:14: ... argument does not escape
./panic_error_method.go:12:15: "recovered:" escapes to heap
./panic_error_method.go:13:10: E{...} escapes to heap
./panic_error_method.go:15:8: &E{...} escapes to heap
