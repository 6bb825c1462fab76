./new_alloc.go:5:28: new(T) escapes to heap:
./new_alloc.go:5:28:   flow: ~r0 = &{storage for new(T)}:
./new_alloc.go:5:28:     from new(T) (spill) at ./new_alloc.go:5:28
./new_alloc.go:5:28:     from return new(T) (return) at ./new_alloc.go:5:18
./new_alloc.go:5:28: new(T) escapes to heap
./new_alloc.go:8:10: new(T) does not escape
./new_alloc.go:15:10: new(int) does not escape
