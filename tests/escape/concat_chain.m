./concat_chain.go:6:12: a does not escape
./concat_chain.go:6:15: b does not escape
./concat_chain.go:6:18: c does not escape
./concat_chain.go:6:21: d does not escape
./concat_chain.go:7:19: a + b + c + d does not escape
./concat_chain.go:8:15: a + b + c + d does not escape
./concat_chain.go:14:17: a does not escape
./concat_chain.go:15:9: a + "0123456789abcdef0123456789abcdef" does not escape
./concat_chain.go:20:15: leaking param: a to result ~r0 level=0
./concat_chain.go:20:18: b does not escape
./concat_chain.go:22:9: b + a escapes to heap
./concat_chain.go:27:12: a does not escape
./concat_chain.go:27:15: b does not escape
./concat_chain.go:28:15: a + b + a escapes to heap
./concat_chain.go:29:13: b + a + b does not escape
