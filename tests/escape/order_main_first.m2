./order_main_first.go:11:13: parameter p leaks to ~r0 with derefs=0:
./order_main_first.go:11:13:   flow: ~r0 = p:
./order_main_first.go:11:13:     from return p (return) at ./order_main_first.go:11:28
./order_main_first.go:11:13: leaking param: p to result ~r0 level=0
./order_main_first.go:9:12: p does not escape
