./recover_goroutine_closures.go:9:6: moved to heap: wg
./recover_goroutine_closures.go:10:6: moved to heap: mu
./recover_goroutine_closures.go:11:27: map[int]string{} escapes to heap
./recover_goroutine_closures.go:14:6: func literal escapes to heap
./recover_goroutine_closures.go:16:10: func literal does not escape
./recover_goroutine_closures.go:20:29: ... argument does not escape
./recover_goroutine_closures.go:22:14: []int{...} does not escape
./recover_goroutine_closures.go:28:14: ... argument does not escape
./recover_goroutine_closures.go:28:14: i escapes to heap
./recover_goroutine_closures.go:28:25: results[i] escapes to heap
./recover_goroutine_closures.go:31:5: func literal escapes to heap
./recover_goroutine_closures.go:33:9: func literal does not escape
./recover_goroutine_closures.go:33:36: ... argument does not escape
./recover_goroutine_closures.go:33:37: "closure goroutine recovered: " escapes to heap
./recover_goroutine_closures.go:38:14: ... argument does not escape
./recover_goroutine_closures.go:38:14: s escapes to heap
