./sprintf_concat.go:5:12: name does not escape
./sprintf_concat.go:6:21: name + ": " + fmt.Sprint(... argument...) escapes to heap
./sprintf_concat.go:6:33: ... argument does not escape
./sprintf_concat.go:6:33: n escapes to heap
./sprintf_concat.go:11:18: ... argument does not escape
./sprintf_concat.go:11:19: s escapes to heap
./sprintf_concat.go:11:19: s escapes to heap
./sprintf_concat.go:12:13: ... argument does not escape
./sprintf_concat.go:12:13: t escapes to heap
