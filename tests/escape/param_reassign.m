./param_reassign.go:5:11: leaking param: a to result ~r0 level=0
./param_reassign.go:5:14: leaking param: b to result ~r0 level=0
./param_reassign.go:12:11: p does not escape
