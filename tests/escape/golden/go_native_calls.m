./go_native_calls.go:18:6: moved to heap: wg
./go_native_calls.go:34:6: moved to heap: mu
./go_native_calls.go:50:6: moved to heap: wg2
./go_native_calls.go:24:13: ... argument does not escape
./go_native_calls.go:24:14: "ten Done calls" escapes to heap
./go_native_calls.go:28:17: "printed by a goroutine:" escapes to heap
./go_native_calls.go:28:17: x escapes to heap
./go_native_calls.go:28:52: []int{...} escapes to heap
./go_native_calls.go:28:52: []int{...} escapes to heap
./go_native_calls.go:28:16: ... argument does not escape
./go_native_calls.go:30:5: func literal escapes to heap
./go_native_calls.go:38:13: ... argument does not escape
./go_native_calls.go:38:14: "unlocked by another goroutine" escapes to heap
./go_native_calls.go:41:7: &counter{} escapes to heap
./go_native_calls.go:47:13: ... argument does not escape
./go_native_calls.go:47:14: "counter" escapes to heap
./go_native_calls.go:47:26: c.n escapes to heap
./go_native_calls.go:55:23: []interface {}{...} escapes to heap
./go_native_calls.go:55:24: "spread" escapes to heap
./go_native_calls.go:55:34: 3 escapes to heap
./go_native_calls.go:55:37: true escapes to heap
./go_native_calls.go:61:13: ... argument does not escape
./go_native_calls.go:61:14: "end" escapes to heap
