./order_main_first.go:11:13: leaking param: p to result ~r0 level=0
./order_main_first.go:9:12: p does not escape
