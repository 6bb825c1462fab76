./panic_chain_three.go:4:8: func literal does not escape
./panic_chain_three.go:4:22: 3 escapes to heap
./panic_chain_three.go:5:8: func literal does not escape
./panic_chain_three.go:5:22: "two" escapes to heap
./panic_chain_three.go:6:7: 1 escapes to heap
