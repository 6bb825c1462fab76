./ptr_to_ptr.go:3:20: parameter v leaks to {heap} with derefs=0:
./ptr_to_ptr.go:3:20:   flow: {heap} = v:
./ptr_to_ptr.go:3:20:     from *pp = v (assign) at ./ptr_to_ptr.go:3:34
./ptr_to_ptr.go:3:10: pp does not escape
./ptr_to_ptr.go:3:20: leaking param: v
./ptr_to_ptr.go:7:2: x escapes to heap:
./ptr_to_ptr.go:7:2:   flow: {heap} = &x:
./ptr_to_ptr.go:7:2:     from &x (address-of) at ./ptr_to_ptr.go:8:10
./ptr_to_ptr.go:7:2:     from set(&p, &x) (call parameter) at ./ptr_to_ptr.go:8:5
./ptr_to_ptr.go:7:2: moved to heap: x
