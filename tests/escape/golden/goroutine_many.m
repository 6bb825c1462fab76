./goroutine_many.go:5:21: in does not escape
./goroutine_many.go:5:36: out does not escape
./goroutine_many.go:24:13: ... argument does not escape
./goroutine_many.go:24:13: sum escapes to heap
