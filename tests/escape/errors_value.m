./errors_value.go:7:51: ... argument does not escape
./errors_value.go:7:64: e.code escapes to heap
./errors_value.go:11:15: MyErr{...} escapes to heap
./errors_value.go:18:14: ... argument does not escape
./errors_value.go:18:15: "error:" escapes to heap
