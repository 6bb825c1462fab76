./method_globals_receivers.go:9:7: c does not escape
./method_globals_receivers.go:17:7: moved to heap: r
./method_globals_receivers.go:18:9: func literal escapes to heap
./method_globals_receivers.go:21:7: leaking param: r
./method_globals_receivers.go:22:9: func literal escapes to heap
./method_globals_receivers.go:32:2: moved to heap: r
./method_globals_receivers.go:29:10: g.Inc does not escape
./method_globals_receivers.go:31:13: ... argument does not escape
./method_globals_receivers.go:31:19: C.Get(g) escapes to heap
./method_globals_receivers.go:31:34: C.Get(garr[1]) escapes to heap
./method_globals_receivers.go:31:39: g.n escapes to heap
./method_globals_receivers.go:35:13: ... argument does not escape
./method_globals_receivers.go:35:15: f() escapes to heap
./method_globals_receivers.go:35:20: r.v escapes to heap
./method_globals_receivers.go:38:13: ... argument does not escape
./method_globals_receivers.go:38:15: p() escapes to heap
./method_globals_receivers.go:38:20: r.v escapes to heap
./method_globals_receivers.go:39:16: garr[1].Get does not escape
./method_globals_receivers.go:41:13: ... argument does not escape
./method_globals_receivers.go:41:17: get() escapes to heap
./method_globals_receivers.go:41:32: C.Get(garr[1]) escapes to heap
