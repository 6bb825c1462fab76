./sync_once_lazy_globals.go:20:15: func literal does not escape
./sync_once_lazy_globals.go:22:25: map[string]int{...} escapes to heap
./sync_once_lazy_globals.go:28:15: func literal does not escape
./sync_once_lazy_globals.go:30:29: []string{...} does not escape
./sync_once_lazy_globals.go:40:6: moved to heap: wg
./sync_once_lazy_globals.go:41:17: make([]int, 20) escapes to heap
./sync_once_lazy_globals.go:44:6: func literal escapes to heap
./sync_once_lazy_globals.go:54:13: ... argument does not escape
./sync_once_lazy_globals.go:54:13: results escapes to heap
./sync_once_lazy_globals.go:55:13: ... argument does not escape
./sync_once_lazy_globals.go:55:14: "inits:" escapes to heap
./sync_once_lazy_globals.go:55:14: inits escapes to heap
./sync_once_lazy_globals.go:55:39: getNames() escapes to heap
