./io_strings_reader.go:11:13: ... argument does not escape
./io_strings_reader.go:11:19: (*strings.Reader).Len(r) escapes to heap
./io_strings_reader.go:11:29: (*strings.Reader).Size(r) escapes to heap
./io_strings_reader.go:12:13: ... argument does not escape
./io_strings_reader.go:13:13: ... argument does not escape
./io_strings_reader.go:15:13: ... argument does not escape
./io_strings_reader.go:15:13: b escapes to heap
./io_strings_reader.go:15:27: (*strings.Reader).Len(r) escapes to heap
./io_strings_reader.go:16:13: ... argument does not escape
./io_strings_reader.go:17:13: ... argument does not escape
./io_strings_reader.go:17:35: (*strings.Reader).Len(r) escapes to heap
./io_strings_reader.go:19:13: ... argument does not escape
./io_strings_reader.go:19:13: ch escapes to heap
./io_strings_reader.go:19:13: size escapes to heap
./io_strings_reader.go:21:13: ... argument does not escape
./io_strings_reader.go:21:20: string(ch) escapes to heap
./io_strings_reader.go:21:20: string(ch) escapes to heap
./io_strings_reader.go:21:20: size escapes to heap
./io_strings_reader.go:22:13: ... argument does not escape
./io_strings_reader.go:22:35: (*strings.Reader).Len(r) escapes to heap
./io_strings_reader.go:23:13: make([]byte, 3) escapes to heap
./io_strings_reader.go:26:13: ... argument does not escape
./io_strings_reader.go:26:14: n escapes to heap
./io_strings_reader.go:26:34: buf[:n] escapes to heap
./io_strings_reader.go:32:13: ... argument does not escape
./io_strings_reader.go:32:24: (*strings.Reader).Len(r) escapes to heap
./io_strings_reader.go:32:34: (*strings.Reader).Size(r) escapes to heap
./io_strings_reader.go:35:13: ... argument does not escape
./io_strings_reader.go:35:20: string(all) escapes to heap
./io_strings_reader.go:35:20: string(all) escapes to heap
