./struct_field.go:5:10: b does not escape
./struct_field.go:5:18: leaking param: v
./struct_field.go:7:10: leaking param: b to result ~r0 level=1
./struct_field.go:10:2: moved to heap: x
