./multi_assign.go:12:11: leaking param: s
./multi_assign.go:20:13: ... argument does not escape
./multi_assign.go:20:13: a escapes to heap
./multi_assign.go:20:13: b escapes to heap
./multi_assign.go:23:13: ... argument does not escape
./multi_assign.go:23:13: x escapes to heap
./multi_assign.go:23:13: y escapes to heap
./multi_assign.go:23:13: z escapes to heap
./multi_assign.go:29:13: ... argument does not escape
./multi_assign.go:29:13: fib1 escapes to heap
./multi_assign.go:29:13: fib2 escapes to heap
./multi_assign.go:32:13: ... argument does not escape
./multi_assign.go:32:13: n escapes to heap
./multi_assign.go:32:13: s escapes to heap
./multi_assign.go:34:13: ... argument does not escape
./multi_assign.go:34:13: n escapes to heap
./multi_assign.go:34:13: t escapes to heap
./multi_assign.go:37:13: ... argument does not escape
./multi_assign.go:37:13: m escapes to heap
./multi_assign.go:37:13: s escapes to heap
./multi_assign.go:41:13: ... argument does not escape
./multi_assign.go:41:13: p escapes to heap
./multi_assign.go:41:13: q escapes to heap
./multi_assign.go:41:13: r escapes to heap
./multi_assign.go:41:13: u escapes to heap
./multi_assign.go:45:13: ... argument does not escape
./multi_assign.go:45:13: c escapes to heap
./multi_assign.go:45:13: d escapes to heap
./multi_assign.go:45:13: trace escapes to heap
./multi_assign.go:47:13: ... argument does not escape
./multi_assign.go:47:13: c escapes to heap
./multi_assign.go:47:13: d escapes to heap
./multi_assign.go:47:13: trace escapes to heap
./multi_assign.go:51:13: ... argument does not escape
./multi_assign.go:51:13: i escapes to heap
./multi_assign.go:51:13: j escapes to heap
./multi_assign.go:54:13: ... argument does not escape
./multi_assign.go:54:13: trace escapes to heap
