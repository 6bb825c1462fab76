./devirt_value_receiver.go:21:5: devirtualizing a.M to S
./devirt_value_receiver.go:23:5: devirtualizing b.M to *P
./devirt_value_receiver.go:25:8: devirtualizing d.Swap to sort.StringSlice
./devirt_value_receiver.go:27:15: devirtualizing e.Len to sort.IntSlice
./devirt_value_receiver.go:27:25: devirtualizing e.Less to sort.IntSlice
./devirt_value_receiver.go:12:7: leaking param content: s
./devirt_value_receiver.go:16:7: leaking param: p
./devirt_value_receiver.go:19:2: moved to heap: x
./devirt_value_receiver.go:20:15: S{...} does not escape
./devirt_value_receiver.go:20:13: S{...} does not escape
./devirt_value_receiver.go:22:12: &P{} escapes to heap
./devirt_value_receiver.go:24:41: sort.StringSlice{...} does not escape
./devirt_value_receiver.go:24:41: sort.StringSlice{...} does not escape
./devirt_value_receiver.go:26:38: sort.IntSlice{...} does not escape
./devirt_value_receiver.go:26:38: sort.IntSlice{...} does not escape
