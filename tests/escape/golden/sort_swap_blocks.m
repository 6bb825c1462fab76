./sort_swap_blocks.go:19:7: s does not escape
./sort_swap_blocks.go:20:7: s does not escape
./sort_swap_blocks.go:26:19: (*shared).Swap ignoring self-assignment in s.xs[i], s.xs[j] = s.xs[j], s.xs[i]
./sort_swap_blocks.go:26:19: (*shared).Swap ignoring self-assignment in s.xs[i], s.xs[j] = s.xs[j], s.xs[i]
./sort_swap_blocks.go:24:7: leaking param: s
./sort_swap_blocks.go:31:6: moved to heap: wg
./sort_swap_blocks.go:32:17: make([][]int, 3) escapes to heap
./sort_swap_blocks.go:34:8: &shared{...} escapes to heap
./sort_swap_blocks.go:38:6: func literal escapes to heap
./sort_swap_blocks.go:43:6: func literal escapes to heap
./sort_swap_blocks.go:50:6: func literal escapes to heap
./sort_swap_blocks.go:59:14: ... argument does not escape
./sort_swap_blocks.go:59:14: r escapes to heap
