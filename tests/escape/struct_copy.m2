./struct_copy.go:5:12: parameter y leaks to ~r0 with derefs=0:
./struct_copy.go:5:12:   flow: ~r0 = y:
./struct_copy.go:5:12:     from Pair{...} (struct literal element) at ./struct_copy.go:5:38
./struct_copy.go:5:12:     from return Pair{...} (return) at ./struct_copy.go:5:27
./struct_copy.go:5:9: parameter x leaks to ~r0 with derefs=0:
./struct_copy.go:5:9:   flow: ~r0 = x:
./struct_copy.go:5:9:     from Pair{...} (struct literal element) at ./struct_copy.go:5:38
./struct_copy.go:5:9:     from return Pair{...} (return) at ./struct_copy.go:5:27
./struct_copy.go:5:9: leaking param: x to result ~r0 level=0
./struct_copy.go:5:12: leaking param: y to result ~r0 level=0
