./func_params.go:13:13: leaking param: s to result ~r0 level=0
./func_params.go:19:20: leaking param: b to result ~r0 level=0
./func_params.go:21:12: op does not escape
./func_params.go:40:13: ... argument does not escape
./func_params.go:40:13: n escapes to heap
./func_params.go:40:13: m escapes to heap
./func_params.go:43:13: ... argument does not escape
./func_params.go:43:13: s escapes to heap
./func_params.go:43:13: n escapes to heap
./func_params.go:43:13: s2 escapes to heap
./func_params.go:43:13: n2 escapes to heap
./func_params.go:44:13: ... argument does not escape
./func_params.go:44:20: ignore(1, "middle", 2.5) escapes to heap
./func_params.go:45:13: ... argument does not escape
./func_params.go:45:19: apply("+", 2, 3) escapes to heap
./func_params.go:45:37: apply("-", 2, 3) escapes to heap
./func_params.go:45:55: apply("*", apply("+", 1, 2), 4) escapes to heap
./func_params.go:45:88: apply("?", 1, 1) escapes to heap
./func_params.go:47:14: ... argument does not escape
./func_params.go:47:15: "conditions from calls" escapes to heap
./func_params.go:49:13: ... argument does not escape
./func_params.go:49:20: square(square(1.5)) escapes to heap
./func_params.go:49:40: later(3) escapes to heap
./func_params.go:51:13: ... argument does not escape
./func_params.go:51:19: widen(u8) escapes to heap
./func_params.go:51:31: narrow(300) escapes to heap
