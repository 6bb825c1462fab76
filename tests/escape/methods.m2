./methods.go:5:7: p does not escape
./methods.go:7:7: parameter p leaks to ~r0 with derefs=0:
./methods.go:7:7:   flow: ~r0 = p:
./methods.go:7:7:     from return p (return) at ./methods.go:7:25
./methods.go:7:7: leaking param: p to result ~r0 level=0
./methods.go:13:7: parameter p leaks to {heap} with derefs=0:
./methods.go:13:7:   flow: {heap} = p:
./methods.go:13:7:     from keep = p (assign) at ./methods.go:13:27
./methods.go:13:7: leaking param: p
./methods.go:20:2: c escapes to heap:
./methods.go:20:2:   flow: {heap} = &c:
./methods.go:20:2:     from c (address-of) at ./methods.go:21:3
./methods.go:20:2:     from (*P).Keep(c) (call parameter) at ./methods.go:21:8
./methods.go:20:2: moved to heap: c
./methods.go:18:7: &P{...} does not escape
