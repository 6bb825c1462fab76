./defer_loop.go:9:6: moved to heap: i
./defer_loop.go:7:21: "arg" escapes to heap
./defer_loop.go:7:21: i escapes to heap
./defer_loop.go:7:20: ... argument does not escape
./defer_loop.go:10:9: func literal escapes to heap
./defer_loop.go:10:29: ... argument does not escape
./defer_loop.go:10:30: "closure shares i:" escapes to heap
./defer_loop.go:10:30: i escapes to heap
./defer_loop.go:14:9: func literal escapes to heap
./defer_loop.go:14:29: ... argument does not escape
./defer_loop.go:14:30: "closure copy:" escapes to heap
./defer_loop.go:14:30: i escapes to heap
./defer_loop.go:17:9: func literal escapes to heap
./defer_loop.go:17:34: ... argument does not escape
./defer_loop.go:17:35: "param:" escapes to heap
./defer_loop.go:17:35: k escapes to heap
./defer_loop.go:21:15: moved to heap: sum
./defer_loop.go:22:25: []int{...} does not escape
./defer_loop.go:24:9: func literal escapes to heap
./defer_loop.go:31:13: ... argument does not escape
./defer_loop.go:31:14: "total" escapes to heap
./defer_loop.go:31:28: total() escapes to heap
