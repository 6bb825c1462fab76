./goroutine_method_value.go:14:7: leaking param: a
./goroutine_method_value.go:23:7: g does not escape
./goroutine_method_value.go:23:24: out does not escape
./goroutine_method_value.go:23:43: who does not escape
./goroutine_method_value.go:24:26: string(g) + ", " + who escapes to heap
./goroutine_method_value.go:28:6: moved to heap: wg
./goroutine_method_value.go:29:7: &Acc{...} escapes to heap
./goroutine_method_value.go:35:13: ... argument does not escape
./goroutine_method_value.go:35:15: a.sum escapes to heap
./goroutine_method_value.go:39:13: ... argument does not escape
./goroutine_method_value.go:39:14: <-out escapes to heap
./goroutine_method_value.go:40:10: a.Add escapes to heap
./goroutine_method_value.go:44:13: ... argument does not escape
./goroutine_method_value.go:44:15: a.sum escapes to heap
