./pointer_return_local.go:10:2: moved to heap: p
./pointer_return_local.go:14:13: moved to heap: v
./pointer_return_local.go:36:3: moved to heap: v
./pointer_return_local.go:46:6: moved to heap: i
./pointer_return_local.go:25:14: ... argument does not escape
./pointer_return_local.go:25:15: *p escapes to heap
./pointer_return_local.go:30:13: ... argument does not escape
./pointer_return_local.go:30:14: *a escapes to heap
./pointer_return_local.go:30:18: *b escapes to heap
./pointer_return_local.go:30:24: a == b escapes to heap
./pointer_return_local.go:40:12: ... argument does not escape
./pointer_return_local.go:40:13: *p escapes to heap
./pointer_return_local.go:40:17: " " escapes to heap
./pointer_return_local.go:42:13: ... argument does not escape
./pointer_return_local.go:42:23: addrs[0] != addrs[1] escapes to heap
./pointer_return_local.go:49:13: ... argument does not escape
./pointer_return_local.go:49:14: *loopAddrs[0] escapes to heap
./pointer_return_local.go:49:29: *loopAddrs[2] escapes to heap
./pointer_return_local.go:49:57: loopAddrs[0] == loopAddrs[2] escapes to heap
