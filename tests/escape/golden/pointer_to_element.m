./pointer_to_element.go:11:13: ... argument does not escape
./pointer_to_element.go:11:13: arr escapes to heap
./pointer_to_element.go:13:11: make([]int, 3, 3) escapes to heap
./pointer_to_element.go:16:13: ... argument does not escape
./pointer_to_element.go:16:13: s escapes to heap
./pointer_to_element.go:20:13: ... argument does not escape
./pointer_to_element.go:20:15: s[0] escapes to heap
./pointer_to_element.go:20:20: *q escapes to heap
./pointer_to_element.go:22:11: make([]int, 2, 10) escapes to heap
./pointer_to_element.go:26:13: ... argument does not escape
./pointer_to_element.go:26:13: t escapes to heap
./pointer_to_element.go:29:11: []P{...} escapes to heap
./pointer_to_element.go:32:13: ... argument does not escape
./pointer_to_element.go:32:13: ps escapes to heap
./pointer_to_element.go:34:17: [][]int{...} escapes to heap
./pointer_to_element.go:34:18: []int{...} escapes to heap
./pointer_to_element.go:34:26: []int{...} escapes to heap
./pointer_to_element.go:37:13: ... argument does not escape
./pointer_to_element.go:37:13: grid escapes to heap
./pointer_to_element.go:41:13: ... argument does not escape
./pointer_to_element.go:41:22: &sub[0] == &arr[1] escapes to heap
./pointer_to_element.go:41:42: &sub[1] == &arr[1] escapes to heap
