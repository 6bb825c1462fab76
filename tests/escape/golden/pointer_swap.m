./pointer_swap.go:7:14: a does not escape
./pointer_swap.go:7:17: b does not escape
./pointer_swap.go:11:14: leaking param content: a
./pointer_swap.go:11:17: leaking param content: b
./pointer_swap.go:19:12: a does not escape
./pointer_swap.go:19:15: b does not escape
./pointer_swap.go:23:13: a does not escape
./pointer_swap.go:23:16: b does not escape
./pointer_swap.go:23:19: c does not escape
./pointer_swap.go:30:13: ... argument does not escape
./pointer_swap.go:30:13: x escapes to heap
./pointer_swap.go:30:13: y escapes to heap
./pointer_swap.go:32:13: ... argument does not escape
./pointer_swap.go:32:13: x escapes to heap
./pointer_swap.go:36:13: ... argument does not escape
./pointer_swap.go:36:13: s escapes to heap
./pointer_swap.go:36:13: t escapes to heap
./pointer_swap.go:40:13: ... argument does not escape
./pointer_swap.go:40:13: v escapes to heap
./pointer_swap.go:40:13: w escapes to heap
./pointer_swap.go:42:14: []int{...} escapes to heap
./pointer_swap.go:44:13: ... argument does not escape
./pointer_swap.go:44:13: arr escapes to heap
./pointer_swap.go:48:13: ... argument does not escape
./pointer_swap.go:48:13: a escapes to heap
