./lib_os_files.go:12:12: ... argument does not escape
./lib_os_files.go:12:31: data[:12] escapes to heap
./lib_os_files.go:12:41: len(data) escapes to heap
./lib_os_files.go:13:13: ... argument does not escape
./lib_os_files.go:13:39: cap(data) == len(data) + 1 || cap(data) == 512 escapes to heap
./lib_os_files.go:16:13: ... argument does not escape
./lib_os_files.go:16:19: data == nil escapes to heap
./lib_os_files.go:16:30: len(data) escapes to heap
./lib_os_files.go:17:12: ... argument does not escape
./lib_os_files.go:18:13: ... argument does not escape
./lib_os_files.go:20:13: ... argument does not escape
./lib_os_files.go:22:13: ... argument does not escape
./lib_os_files.go:23:32: ([]byte)("x") does not escape
./lib_os_files.go:24:13: ... argument does not escape
./lib_os_files.go:26:13: ... argument does not escape
