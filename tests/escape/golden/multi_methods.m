./main.go:5:12: leaking param content: ss
./rect.go:9:7: r does not escape
./main.go:14:7: &Rect{...} does not escape
./main.go:16:15: []Shape{...} does not escape
./main.go:16:16: *r escapes to heap
./main.go:16:26: Circle{...} escapes to heap
./main.go:16:35: Rect{...} escapes to heap
./main.go:18:13: ... argument does not escape
./main.go:18:34: s.Name() escapes to heap
./main.go:18:44: s.Area() escapes to heap
./main.go:20:12: ... argument does not escape
./main.go:20:34: total(ss) escapes to heap
./rect.go:11:49: ... argument does not escape
./rect.go:11:65: r.W escapes to heap
./rect.go:11:70: r.H escapes to heap
