./os_environ.go:28:13: ... argument does not escape
./os_environ.go:28:14: "entries agree with Getenv:" escapes to heap
./os_environ.go:28:14: agree escapes to heap
./os_environ.go:31:14: ... argument does not escape
./os_environ.go:31:15: "a copy:" escapes to heap
./os_environ.go:31:42: os.Environ()[0] != "changed=1" escapes to heap
./os_environ.go:34:13: ... argument does not escape
./os_environ.go:34:14: "unset found:" escapes to heap
./os_environ.go:34:14: found escapes to heap
