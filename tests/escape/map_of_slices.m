./map_of_slices.go:3:12: leaking param content: words
./map_of_slices.go:4:11: make(map[int][]string) escapes to heap
./map_of_slices.go:12:21: []string{...} does not escape
