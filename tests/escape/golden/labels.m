./labels.go:17:13: ... argument does not escape
./labels.go:17:13: i escapes to heap
./labels.go:17:13: j escapes to heap
./labels.go:17:20: " " escapes to heap
./labels.go:28:12: ... argument does not escape
./labels.go:28:13: "after switch " escapes to heap
./labels.go:28:13: i escapes to heap
./labels.go:28:33: "; " escapes to heap
./labels.go:40:12: ... argument does not escape
./labels.go:40:12: i escapes to heap
./labels.go:40:16: " " escapes to heap
./labels.go:50:23: ... argument does not escape
./labels.go:50:23: a escapes to heap
./labels.go:50:27: "x" escapes to heap
./labels.go:50:27: b escapes to heap
./labels.go:55:13: ... argument does not escape
./labels.go:55:14: "found" escapes to heap
./labels.go:55:14: found escapes to heap
./labels.go:64:13: ... argument does not escape
./labels.go:64:14: "left labeled switch" escapes to heap
./labels.go:79:13: ... argument does not escape
./labels.go:79:14: "count" escapes to heap
./labels.go:79:14: count escapes to heap
./labels.go:92:13: ... argument does not escape
./labels.go:92:14: "words" escapes to heap
./labels.go:92:14: words escapes to heap
