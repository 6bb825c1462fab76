./new_alloc.go:5:28: new(T) escapes to heap
./new_alloc.go:8:10: new(T) does not escape
./new_alloc.go:15:10: new(int) does not escape
