./io_sum_bad.go:10:7: moved to heap: x
./io_sum_bad.go:19:6: moved to heap: s
./io_sum_bad.go:11:21: ... argument does not escape
./io_sum_bad.go:13:15: ... argument does not escape
./io_sum_bad.go:13:16: "stopped after" escapes to heap
./io_sum_bad.go:13:16: i escapes to heap
./io_sum_bad.go:13:36: "numbers:" escapes to heap
./io_sum_bad.go:13:36: n escapes to heap
./io_sum_bad.go:18:13: ... argument does not escape
./io_sum_bad.go:18:14: "sum" escapes to heap
./io_sum_bad.go:18:14: sum escapes to heap
./io_sum_bad.go:20:20: ... argument does not escape
./io_sum_bad.go:21:13: ... argument does not escape
./io_sum_bad.go:21:13: n escapes to heap
./io_sum_bad.go:21:13: s escapes to heap
