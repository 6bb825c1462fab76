./results_named.go:4:2: moved to heap: x
./results_named.go:9:11: leaking param: p to result q level=0
./results_named.go:15:29: new(int) does not escape
