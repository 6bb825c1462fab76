./struct_copy.go:5:9: leaking param: x to result ~r0 level=0
./struct_copy.go:5:12: leaking param: y to result ~r0 level=0
