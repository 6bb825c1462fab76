./map_of_slices.go:3:12: parameter words leaks to {heap} with derefs=1:
./map_of_slices.go:3:12:   flow: {temp} = words:
./map_of_slices.go:3:12:   flow: w = *{temp}:
./map_of_slices.go:3:12:     from for loop (range-deref) at ./map_of_slices.go:5:14
./map_of_slices.go:3:12:   flow: {heap} = w:
./map_of_slices.go:3:12:     from append(m[len(w)], w) (call parameter) at ./map_of_slices.go:6:21
./map_of_slices.go:4:11: make(map[int][]string) escapes to heap:
./map_of_slices.go:4:11:   flow: m = &{storage for make(map[int][]string)}:
./map_of_slices.go:4:11:     from make(map[int][]string) (spill) at ./map_of_slices.go:4:11
./map_of_slices.go:4:11:     from m := make(map[int][]string) (assign) at ./map_of_slices.go:4:4
./map_of_slices.go:4:11:   flow: ~r0 = m:
./map_of_slices.go:4:11:     from return m (return) at ./map_of_slices.go:8:2
./map_of_slices.go:3:12: leaking param content: words
./map_of_slices.go:4:11: make(map[int][]string) escapes to heap
./map_of_slices.go:12:21: []string{...} does not escape
