./concat_chain.go:6:12: a does not escape
./concat_chain.go:6:15: b does not escape
./concat_chain.go:6:18: c does not escape
./concat_chain.go:6:21: d does not escape
./concat_chain.go:7:19: a + b + c + d does not escape
./concat_chain.go:8:15: a + b + c + d does not escape
./concat_chain.go:14:17: a does not escape
./concat_chain.go:15:9: a + "0123456789abcdef0123456789abcdef" does not escape
./concat_chain.go:22:9: b + a escapes to heap:
./concat_chain.go:22:9:   flow: s = &{storage for b + a}:
./concat_chain.go:22:9:     from b + a (spill) at ./concat_chain.go:22:9
./concat_chain.go:22:9:     from s += b + a (assign) at ./concat_chain.go:22:4
./concat_chain.go:22:9:   flow: ~r0 = s:
./concat_chain.go:22:9:     from return s (return) at ./concat_chain.go:23:2
./concat_chain.go:20:15: parameter a leaks to ~r0 with derefs=0:
./concat_chain.go:20:15:   flow: s = a:
./concat_chain.go:20:15:     from s := a (assign) at ./concat_chain.go:21:4
./concat_chain.go:20:15:   flow: ~r0 = s:
./concat_chain.go:20:15:     from return s (return) at ./concat_chain.go:23:2
./concat_chain.go:20:15: leaking param: a to result ~r0 level=0
./concat_chain.go:20:18: b does not escape
./concat_chain.go:22:9: b + a escapes to heap
./concat_chain.go:28:15: a + b + a escapes to heap:
./concat_chain.go:28:15:   flow: {heap} = &{storage for a + b + a}:
./concat_chain.go:28:15:     from a + b + a (spill) at ./concat_chain.go:28:15
./concat_chain.go:28:15:     from sink = a + b + a (assign) at ./concat_chain.go:28:7
./concat_chain.go:27:12: a does not escape
./concat_chain.go:27:15: b does not escape
./concat_chain.go:28:15: a + b + a escapes to heap
./concat_chain.go:29:13: b + a + b does not escape
