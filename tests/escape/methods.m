./methods.go:5:7: p does not escape
./methods.go:7:7: leaking param: p to result ~r0 level=0
./methods.go:13:7: leaking param: p
./methods.go:20:2: moved to heap: c
./methods.go:18:7: &P{...} does not escape
