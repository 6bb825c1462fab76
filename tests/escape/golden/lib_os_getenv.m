./lib_os_getenv.go:9:12: ... argument does not escape
./lib_os_getenv.go:9:30: os.Getenv("VM_SURELY_UNSET_VARIABLE") escapes to heap
./lib_os_getenv.go:11:12: ... argument does not escape
./lib_os_getenv.go:11:13: v escapes to heap
./lib_os_getenv.go:11:13: ok escapes to heap
./lib_os_getenv.go:12:12: ... argument does not escape
./lib_os_getenv.go:12:30: os.Getenv("") escapes to heap
./lib_os_getenv.go:13:13: ... argument does not escape
./lib_os_getenv.go:13:37: len(os.Getenv("PATH")) > 0 escapes to heap
./lib_os_getenv.go:15:13: ... argument does not escape
./lib_os_getenv.go:15:13: ok escapes to heap
