./io_readall_copy.go:15:6: moved to heap: buf
./io_readall_copy.go:28:6: moved to heap: sb
./io_readall_copy.go:14:13: ... argument does not escape
./io_readall_copy.go:14:13: n escapes to heap
./io_readall_copy.go:17:13: ... argument does not escape
./io_readall_copy.go:17:13: n escapes to heap
./io_readall_copy.go:17:29: (*bytes.Buffer).Len(buf) escapes to heap
./io_readall_copy.go:19:13: ... argument does not escape
./io_readall_copy.go:19:17: len(data) escapes to heap
./io_readall_copy.go:19:35: cap(data) >= len(data) escapes to heap
./io_readall_copy.go:19:61: (*bytes.Buffer).Len(buf) escapes to heap
./io_readall_copy.go:21:13: ... argument does not escape
./io_readall_copy.go:21:20: string(small) escapes to heap
./io_readall_copy.go:21:20: string(small) escapes to heap
./io_readall_copy.go:21:32: len(small) escapes to heap
./io_readall_copy.go:21:44: cap(small) escapes to heap
./io_readall_copy.go:23:13: ... argument does not escape
./io_readall_copy.go:23:17: len(empty) escapes to heap
./io_readall_copy.go:23:29: cap(empty) escapes to heap
./io_readall_copy.go:23:49: empty == nil escapes to heap
./io_readall_copy.go:30:13: ... argument does not escape
./io_readall_copy.go:30:23: (*strings.Builder).String(sb) escapes to heap
./io_readall_copy.go:30:33: (*strings.Builder).Len(sb) escapes to heap
