./devirt_promoted.go:24:5: devirtualizing i.M to T1
./devirt_promoted.go:26:5: devirtualizing j.M to T2
./devirt_promoted.go:28:5: partially devirtualizing k.M to T3
./devirt_promoted.go:11:14: p does not escape
./devirt_promoted.go:15:7: v does not escape
./devirt_promoted.go:15:15: leaking param: p
./devirt_promoted.go:22:5: moved to heap: b
./devirt_promoted.go:22:8: moved to heap: c
./devirt_promoted.go:23:14: T1{} does not escape
./devirt_promoted.go:25:15: &V{} does not escape
./devirt_promoted.go:27:16: T3{...} does not escape
./devirt_promoted.go:27:16: U{} escapes to heap
