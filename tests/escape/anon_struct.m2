./anon_struct.go:4:7: &struct { a int; b int }{...} does not escape
./anon_struct.go:5:33: []int{...} does not escape
