./large_locals.go:14:6: a escapes to heap:
./large_locals.go:14:6:   flow: {heap} = &a:
./large_locals.go:14:6:     from a (too large for stack) at ./large_locals.go:14:6
./large_locals.go:18:2: c escapes to heap:
./large_locals.go:18:2:   flow: {heap} = &c:
./large_locals.go:18:2:     from c (too large for stack) at ./large_locals.go:18:2
./large_locals.go:23:7: &Big{...} escapes to heap:
./large_locals.go:23:7:   flow: {heap} = &{storage for &Big{...}}:
./large_locals.go:23:7:     from &Big{...} (too large for stack) at ./large_locals.go:23:7
./large_locals.go:14:6: moved to heap: a
./large_locals.go:18:2: moved to heap: c
./large_locals.go:23:7: &Big{...} escapes to heap
./large_locals.go:24:7: &[1000]int{} does not escape
