./multi_return.go:4:2: moved to heap: a
./multi_return.go:4:5: moved to heap: b
./multi_return.go:8:12: leaking param: p to result ~r0 level=0
./multi_return.go:8:15: q does not escape
