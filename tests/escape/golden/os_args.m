./os_args.go:12:13: ... argument does not escape
./os_args.go:12:14: "argc:" escapes to heap
./os_args.go:12:26: len(os.Args) escapes to heap
./os_args.go:17:13: ... argument does not escape
./os_args.go:17:14: i escapes to heap
./os_args.go:17:14: a escapes to heap
./os_args.go:17:50: len(a) escapes to heap
./os_args.go:20:13: ... argument does not escape
./os_args.go:20:14: "first:" escapes to heap
./os_args.go:20:14: first escapes to heap
./os_args.go:20:31: "last:" escapes to heap
./os_args.go:20:47: os.Args[len(os.Args) - 1] escapes to heap
./os_args.go:27:13: ... argument does not escape
./os_args.go:27:14: "total bytes:" escapes to heap
./os_args.go:27:14: total escapes to heap
./os_args.go:32:13: ... argument does not escape
./os_args.go:32:14: "index sum:" escapes to heap
./os_args.go:32:14: n escapes to heap
./os_args.go:34:13: ... argument does not escape
./os_args.go:34:15: s[1:] escapes to heap
./os_args.go:34:26: s[0] == 'w' escapes to heap
