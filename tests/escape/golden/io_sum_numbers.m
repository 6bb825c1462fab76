./io_sum_numbers.go:11:7: moved to heap: x
./io_sum_numbers.go:12:21: ... argument does not escape
./io_sum_numbers.go:17:15: ... argument does not escape
./io_sum_numbers.go:17:16: "bad input:" escapes to heap
./io_sum_numbers.go:17:16: n escapes to heap
./io_sum_numbers.go:23:13: ... argument does not escape
./io_sum_numbers.go:23:14: "count" escapes to heap
./io_sum_numbers.go:23:14: count escapes to heap
./io_sum_numbers.go:23:30: "sum" escapes to heap
./io_sum_numbers.go:23:30: sum escapes to heap
