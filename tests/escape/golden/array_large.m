./array_large.go:34:13: ... argument does not escape
./array_large.go:34:17: sum(a) escapes to heap
./array_large.go:34:25: sum(b) escapes to heap
./array_large.go:34:31: a[0] escapes to heap
./array_large.go:34:37: a[500] escapes to heap
./array_large.go:48:13: ... argument does not escape
./array_large.go:48:13: diag escapes to heap
./array_large.go:48:24: g[5][5] escapes to heap
./array_large.go:48:33: h[5][5] escapes to heap
./array_large.go:52:13: ... argument does not escape
./array_large.go:52:20: x.Data[999] escapes to heap
./array_large.go:52:28: x.N escapes to heap
./array_large.go:52:38: y.Data[999] escapes to heap
./array_large.go:52:46: y.N escapes to heap
./array_large.go:52:52: x == y escapes to heap
./array_large.go:52:67: touch(x) == y escapes to heap
