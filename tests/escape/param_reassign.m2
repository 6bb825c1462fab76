./param_reassign.go:5:14: parameter b leaks to ~r0 with derefs=0:
./param_reassign.go:5:14:   flow: ~r0 = b:
./param_reassign.go:5:14:     from return b (return) at ./param_reassign.go:9:2
./param_reassign.go:5:11: parameter a leaks to ~r0 with derefs=0:
./param_reassign.go:5:11:   flow: ~r0 = a:
./param_reassign.go:5:11:     from return a (return) at ./param_reassign.go:7:3
./param_reassign.go:5:11: leaking param: a to result ~r0 level=0
./param_reassign.go:5:14: leaking param: b to result ~r0 level=0
./param_reassign.go:12:11: p does not escape
