./defer_os_exit.go:9:20: "skipped by os.Exit" escapes to heap
./defer_os_exit.go:9:19: ... argument does not escape
./defer_os_exit.go:10:13: ... argument does not escape
./defer_os_exit.go:10:14: "exiting" escapes to heap
