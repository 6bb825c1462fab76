./large_locals.go:24:6: moved to heap: a
./large_locals.go:28:2: moved to heap: c
./large_locals.go:29:7: &Big{...} escapes to heap
./large_locals.go:33:7: &[100000]int32{...} escapes to heap
./large_locals.go:34:13: ... argument does not escape
./large_locals.go:34:15: a[5] escapes to heap
./large_locals.go:34:21: b[len(b) - 1] escapes to heap
./large_locals.go:34:34: c[7] escapes to heap
./large_locals.go:34:40: c[8] escapes to heap
./large_locals.go:34:48: len(c) escapes to heap
./large_locals.go:34:54: p.Head escapes to heap
./large_locals.go:34:67: p.Body[69999] escapes to heap
./large_locals.go:34:77: p.Tail escapes to heap
./large_locals.go:35:13: ... argument does not escape
./large_locals.go:35:15: q.Head escapes to heap
./large_locals.go:35:28: q.Body[0] escapes to heap
./large_locals.go:35:40: q.Tail == "" escapes to heap
./large_locals.go:35:48: r[0] escapes to heap
./large_locals.go:35:54: r[2] escapes to heap
./large_locals.go:35:62: len(r) escapes to heap
./large_locals.go:36:13: ... argument does not escape
./large_locals.go:36:18: fill(3) escapes to heap
./large_locals.go:44:13: ... argument does not escape
./large_locals.go:44:13: sum escapes to heap
