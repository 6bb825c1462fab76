./append_ptrs.go:8:21: &Point{...} escapes to heap:
./append_ptrs.go:8:21:   flow: {heap} = &{storage for &Point{...}}:
./append_ptrs.go:8:21:     from &Point{...} (spill) at ./append_ptrs.go:8:21
./append_ptrs.go:8:21:     from append(pts, &Point{...}) (call parameter) at ./append_ptrs.go:8:15
./append_ptrs.go:8:21: &Point{...} escapes to heap
