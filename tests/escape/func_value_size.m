./func_value_size.go:9:7: leaking param: b to result ~r0 level=0
./func_value_size.go:10:7: leaking param: s to result ~r0 level=0
./func_value_size.go:12:11: f does not escape
./func_value_size.go:17:16: b.first escapes to heap
./func_value_size.go:17:31: s.first does not escape
./func_value_size.go:20:7: func literal does not escape
./func_value_size.go:22:7: func literal does not escape
