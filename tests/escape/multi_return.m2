./multi_return.go:4:5: b escapes to heap:
./multi_return.go:4:5:   flow: ~r1 = &b:
./multi_return.go:4:5:     from &b (address-of) at ./multi_return.go:5:13
./multi_return.go:4:5:     from return &a, &b (return) at ./multi_return.go:5:2
./multi_return.go:4:2: a escapes to heap:
./multi_return.go:4:2:   flow: ~r0 = &a:
./multi_return.go:4:2:     from &a (address-of) at ./multi_return.go:5:9
./multi_return.go:4:2:     from return &a, &b (return) at ./multi_return.go:5:2
./multi_return.go:4:2: moved to heap: a
./multi_return.go:4:5: moved to heap: b
./multi_return.go:8:12: parameter p leaks to ~r0 with derefs=0:
./multi_return.go:8:12:   flow: ~r0 = p:
./multi_return.go:8:12:     from return p (return) at ./multi_return.go:8:30
./multi_return.go:8:12: leaking param: p to result ~r0 level=0
./multi_return.go:8:15: q does not escape
