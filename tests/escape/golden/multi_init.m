./a.go:9:26: ... argument does not escape
./a.go:9:27: "init a.go" escapes to heap
./a.go:9:27: A escapes to heap
./a.go:9:27: B escapes to heap
./a.go:9:27: C escapes to heap
./a.go:12:13: ... argument does not escape
./a.go:12:14: "main" escapes to heap
./a.go:12:14: A escapes to heap
./a.go:12:14: B escapes to heap
./a.go:12:14: C escapes to heap
./a.go:12:14: a1 escapes to heap
./a.go:12:14: z1 escapes to heap
./a.go:12:14: c1 escapes to heap
./a.go:13:13: ... argument does not escape
./a.go:13:13: trace escapes to heap
./b.go:10:11: leaking param: s
./b.go:17:26: ... argument does not escape
./b.go:17:27: "init b.go #1" escapes to heap
./b.go:17:27: B escapes to heap
./b.go:21:26: ... argument does not escape
./b.go:21:27: "init b.go #2" escapes to heap
./b.go:21:27: trace escapes to heap
./c.go:11:26: ... argument does not escape
./c.go:11:27: "init c.go" escapes to heap
./c.go:11:43: len(trace) escapes to heap
