./callback_sort_stress.go:18:15: leaking param: xs
./callback_sort_stress.go:19:8: func literal does not escape
./callback_sort_stress.go:21:35: "recovered: " + r.(string) escapes to heap
./callback_sort_stress.go:24:12: xs escapes to heap
./callback_sort_stress.go:24:17: func literal does not escape
./callback_sort_stress.go:26:9: "unlucky" escapes to heap
./callback_sort_stress.go:35:13: []int{...} escapes to heap
./callback_sort_stress.go:36:12: xs escapes to heap
./callback_sort_stress.go:36:17: func literal does not escape
./callback_sort_stress.go:37:13: ... argument does not escape
./callback_sort_stress.go:37:13: xs escapes to heap
./callback_sort_stress.go:39:13: ... argument does not escape
./callback_sort_stress.go:39:28: []int{...} escapes to heap
./callback_sort_stress.go:40:13: ... argument does not escape
./callback_sort_stress.go:40:28: []int{...} escapes to heap
./callback_sort_stress.go:44:5: func literal escapes to heap
./callback_sort_stress.go:49:13: []int{...} escapes to heap
./callback_sort_stress.go:50:12: ys escapes to heap
./callback_sort_stress.go:50:17: func literal does not escape
./callback_sort_stress.go:55:13: ... argument does not escape
./callback_sort_stress.go:55:13: ys escapes to heap
./callback_sort_stress.go:60:6: func literal escapes to heap
./callback_sort_stress.go:61:15: []int{...} escapes to heap
./callback_sort_stress.go:65:14: zs escapes to heap
./callback_sort_stress.go:65:19: func literal does not escape
./callback_sort_stress.go:74:22: map[int][]int{} does not escape
./callback_sort_stress.go:84:13: ... argument does not escape
./callback_sort_stress.go:84:17: res[0] escapes to heap
./callback_sort_stress.go:84:25: res[1] escapes to heap
./callback_sort_stress.go:84:36: count > 0 escapes to heap
