./slice_large.go:9:11: make([]int, n) escapes to heap
./slice_large.go:17:13: ... argument does not escape
./slice_large.go:17:17: len(s) escapes to heap
./slice_large.go:17:17: total escapes to heap
./slice_large.go:19:11: make([]int, n / 2) escapes to heap
./slice_large.go:21:13: ... argument does not escape
./slice_large.go:21:13: c escapes to heap
./slice_large.go:21:18: t[0] escapes to heap
./slice_large.go:21:24: t[len(t) - 1] escapes to heap
./slice_large.go:27:13: ... argument does not escape
./slice_large.go:27:17: len(grown) escapes to heap
./slice_large.go:27:37: cap(grown) >= n escapes to heap
./slice_large.go:27:48: grown[n - 1] escapes to heap
./slice_large.go:29:12: make([]byte, 0, 16) does not escape
./slice_large.go:33:13: ... argument does not escape
./slice_large.go:33:17: len(bs) escapes to heap
./slice_large.go:33:29: string(bs[:5]) escapes to heap
./slice_large.go:33:29: string(bs[:5]) escapes to heap
./slice_large.go:33:45: string(bs[len(bs) - 3:]) escapes to heap
./slice_large.go:33:45: string(bs[len(bs) - 3:]) escapes to heap
./slice_large.go:35:14: make([]string, 50000) escapes to heap
./slice_large.go:45:13: ... argument does not escape
./slice_large.go:45:13: cnt escapes to heap
