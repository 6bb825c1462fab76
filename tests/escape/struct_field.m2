./struct_field.go:5:18: parameter v leaks to {heap} with derefs=0:
./struct_field.go:5:18:   flow: {heap} = v:
./struct_field.go:5:18:     from b.p = v (assign) at ./struct_field.go:5:32
./struct_field.go:5:10: b does not escape
./struct_field.go:5:18: leaking param: v
./struct_field.go:7:10: parameter b leaks to ~r0 with derefs=1:
./struct_field.go:7:10:   flow: ~r0 = *b:
./struct_field.go:7:10:     from b.p (dot of pointer) at ./struct_field.go:7:33
./struct_field.go:7:10:     from return b.p (return) at ./struct_field.go:7:25
./struct_field.go:7:10: leaking param: b to result ~r0 level=1
./struct_field.go:10:2: x escapes to heap:
./struct_field.go:10:2:   flow: {heap} = &x:
./struct_field.go:10:2:     from &x (address-of) at ./struct_field.go:12:10
./struct_field.go:10:2:     from set(&b, &x) (call parameter) at ./struct_field.go:12:5
./struct_field.go:10:2: moved to heap: x
