./results_named.go:4:2: x escapes to heap:
./results_named.go:4:2:   flow: r = &x:
./results_named.go:4:2:     from &x (address-of) at ./results_named.go:5:6
./results_named.go:4:2:     from r = &x (assign) at ./results_named.go:5:4
./results_named.go:4:2: moved to heap: x
./results_named.go:9:11: parameter p leaks to q with derefs=0:
./results_named.go:9:11:   flow: q = p:
./results_named.go:9:11:     from q = p (assign) at ./results_named.go:10:4
./results_named.go:9:11: leaking param: p to result q level=0
./results_named.go:15:29: new(int) does not escape
