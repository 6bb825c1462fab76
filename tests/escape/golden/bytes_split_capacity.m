./bytes_split_capacity.go:9:11: make([]byte, 5, 10) escapes to heap
./bytes_split_capacity.go:11:28: ([]byte)(",") does not escape
./bytes_split_capacity.go:12:13: ... argument does not escape
./bytes_split_capacity.go:12:17: len(p) escapes to heap
./bytes_split_capacity.go:12:25: cap(p[0]) escapes to heap
./bytes_split_capacity.go:12:36: cap(p[2]) escapes to heap
./bytes_split_capacity.go:13:31: make([]byte, 0, 20) escapes to heap
./bytes_split_capacity.go:14:13: ... argument does not escape
./bytes_split_capacity.go:14:17: cap(f[0]) escapes to heap
./bytes_split_capacity.go:14:28: cap(f[1]) escapes to heap
