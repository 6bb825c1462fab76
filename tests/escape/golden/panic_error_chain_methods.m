./panic_error_chain_methods.go:7:7: leaking param content: w
./panic_error_chain_methods.go:7:55: "wrapped: " + w.err.Error() escapes to heap
./panic_error_chain_methods.go:10:8: func literal does not escape
./panic_error_chain_methods.go:11:9: &wrapped{...} escapes to heap
