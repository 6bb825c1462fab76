./time_sleep_order.go:8:39: out does not escape
./time_sleep_order.go:19:14: ... argument does not escape
./time_sleep_order.go:19:15: <-out escapes to heap
./time_sleep_order.go:23:13: ... argument does not escape
./time_sleep_order.go:23:19: int64(time.Millisecond) escapes to heap
./time_sleep_order.go:23:44: int64(time.Second / time.Microsecond) escapes to heap
