./panic_recovered_chain_methods.go:7:51: ... argument does not escape
./panic_recovered_chain_methods.go:7:66: int(c) escapes to heap
./panic_recovered_chain_methods.go:11:7: f does not escape
./panic_recovered_chain_methods.go:11:48: f.Op + " failed" escapes to heap
./panic_recovered_chain_methods.go:14:8: func literal does not escape
./panic_recovered_chain_methods.go:15:9: &Failure{...} escapes to heap
./panic_recovered_chain_methods.go:17:8: func literal does not escape
./panic_recovered_chain_methods.go:19:14: ... argument does not escape
./panic_recovered_chain_methods.go:19:15: "recovered" escapes to heap
./panic_recovered_chain_methods.go:20:8: Code(7) escapes to heap
./panic_recovered_chain_methods.go:22:8: &Failure{...} escapes to heap
