./defer_mutex.go:13:7: leaking param: c
./defer_mutex.go:13:23: leaking param: k
./defer_mutex.go:19:7: leaking param: c
./defer_mutex.go:19:23: k does not escape
./defer_mutex.go:25:11: leaking param: c
./defer_mutex.go:25:23: leaking param: wg
./defer_mutex.go:28:17: []string{...} does not escape
./defer_mutex.go:34:6: moved to heap: wg
./defer_mutex.go:41:6: moved to heap: mu
./defer_mutex.go:33:7: &Counter{...} escapes to heap
./defer_mutex.go:33:33: map[string]int{} escapes to heap
./defer_mutex.go:40:13: ... argument does not escape
./defer_mutex.go:40:19: (*Counter).Get(c, "a") escapes to heap
./defer_mutex.go:40:31: (*Counter).Get(c, "b") escapes to heap
./defer_mutex.go:42:2: func literal does not escape
./defer_mutex.go:45:14: ... argument does not escape
./defer_mutex.go:45:15: "locked once" escapes to heap
./defer_mutex.go:47:2: func literal does not escape
./defer_mutex.go:50:14: ... argument does not escape
./defer_mutex.go:50:15: "locked twice" escapes to heap
