./cplx_aggregates.go:22:7: p does not escape
./cplx_aggregates.go:28:13: ... argument does not escape
./cplx_aggregates.go:28:13: p escapes to heap
./cplx_aggregates.go:28:13: q escapes to heap
./cplx_aggregates.go:28:22: p == q escapes to heap
./cplx_aggregates.go:28:30: p != q escapes to heap
./cplx_aggregates.go:30:12: ... argument does not escape
./cplx_aggregates.go:30:13: p escapes to heap
./cplx_aggregates.go:33:13: ... argument does not escape
./cplx_aggregates.go:33:16: pp.W escapes to heap
./cplx_aggregates.go:33:25: (*pp).Z escapes to heap
./cplx_aggregates.go:35:13: ... argument does not escape
./cplx_aggregates.go:35:19: Grid.Sum(g) escapes to heap
./cplx_aggregates.go:35:19: g escapes to heap
./cplx_aggregates.go:35:28: g == Grid{...} escapes to heap
./cplx_aggregates.go:36:19: []complex128{} does not escape
./cplx_aggregates.go:40:13: ... argument does not escape
./cplx_aggregates.go:40:17: len(s) escapes to heap
./cplx_aggregates.go:40:25: cap(s) escapes to heap
./cplx_aggregates.go:40:31: s[3] escapes to heap
./cplx_aggregates.go:40:37: s[19] escapes to heap
./cplx_aggregates.go:41:11: make([]complex64, 5, 10) escapes to heap
./cplx_aggregates.go:42:21: []complex64{...} does not escape
./cplx_aggregates.go:44:13: ... argument does not escape
./cplx_aggregates.go:44:13: t escapes to heap
./cplx_aggregates.go:44:18: t[1:3] escapes to heap
./cplx_aggregates.go:50:13: ... argument does not escape
./cplx_aggregates.go:50:13: arr escapes to heap
./cplx_aggregates.go:51:12: new(complex64) does not escape
./cplx_aggregates.go:54:13: ... argument does not escape
./cplx_aggregates.go:54:14: *ptr escapes to heap
./cplx_aggregates.go:55:15: []Point{...} escapes to heap
./cplx_aggregates.go:57:13: ... argument does not escape
./cplx_aggregates.go:57:13: ps escapes to heap
./cplx_aggregates.go:62:13: ... argument does not escape
./cplx_aggregates.go:62:13: nested escapes to heap
./cplx_aggregates.go:68:12: ... argument does not escape
./cplx_aggregates.go:68:12: v escapes to heap
./cplx_aggregates.go:68:16: " " escapes to heap
