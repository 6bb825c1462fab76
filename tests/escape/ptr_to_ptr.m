./ptr_to_ptr.go:3:10: pp does not escape
./ptr_to_ptr.go:3:20: leaking param: v
./ptr_to_ptr.go:7:2: moved to heap: x
