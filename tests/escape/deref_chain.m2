./deref_chain.go:5:13: pp does not escape
./deref_chain.go:7:16: parameter pp leaks to {heap} with derefs=0:
./deref_chain.go:7:16:   flow: {heap} = pp:
./deref_chain.go:7:16:     from g = pp (assign) at ./deref_chain.go:7:30
./deref_chain.go:7:16: leaking param: pp
./deref_chain.go:14:2: q escapes to heap:
./deref_chain.go:14:2:   flow: {heap} = &q:
./deref_chain.go:14:2:     from &q (address-of) at ./deref_chain.go:15:12
./deref_chain.go:14:2:     from keepOuter(&q) (call parameter) at ./deref_chain.go:15:11
./deref_chain.go:13:2: b escapes to heap:
./deref_chain.go:13:2:   flow: q = &b:
./deref_chain.go:13:2:     from &b (address-of) at ./deref_chain.go:14:7
./deref_chain.go:13:2:     from q := &b (assign) at ./deref_chain.go:14:4
./deref_chain.go:13:2: moved to heap: b
./deref_chain.go:14:2: moved to heap: q
