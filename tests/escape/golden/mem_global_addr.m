./mem_global_addr.go:14:10: p does not escape
./mem_global_addr.go:16:14: c does not escape
./mem_global_addr.go:16:22: leaking param: s
./mem_global_addr.go:21:13: ... argument does not escape
./mem_global_addr.go:21:13: counter escapes to heap
./mem_global_addr.go:23:13: ... argument does not escape
./mem_global_addr.go:23:17: cfg.N escapes to heap
./mem_global_addr.go:23:24: cfg.Name escapes to heap
./mem_global_addr.go:23:24: cfg escapes to heap
./mem_global_addr.go:28:13: ... argument does not escape
./mem_global_addr.go:28:13: arr escapes to heap
./mem_global_addr.go:28:22: len(s) escapes to heap
./mem_global_addr.go:28:30: cap(s) escapes to heap
./mem_global_addr.go:30:13: ... argument does not escape
./mem_global_addr.go:30:13: counter escapes to heap
