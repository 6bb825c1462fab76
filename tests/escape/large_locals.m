./large_locals.go:14:6: moved to heap: a
./large_locals.go:18:2: moved to heap: c
./large_locals.go:23:7: &Big{...} escapes to heap
./large_locals.go:24:7: &[1000]int{} does not escape
