./map_zero_values.go:13:13: ... argument does not escape
./map_zero_values.go:13:25: map[int]S{}[1] escapes to heap
./map_zero_values.go:13:23: map[int]S{} does not escape
./map_zero_values.go:14:13: ... argument does not escape
./map_zero_values.go:14:33: map[int][]int{}[1] == nil escapes to heap
./map_zero_values.go:14:27: map[int][]int{} does not escape
./map_zero_values.go:15:13: ... argument does not escape
./map_zero_values.go:15:39: map[int]map[int]int{}[1] == nil escapes to heap
./map_zero_values.go:15:33: map[int]map[int]int{} does not escape
./map_zero_values.go:16:13: ... argument does not escape
./map_zero_values.go:16:33: map[int][2]string{}[1] escapes to heap
./map_zero_values.go:16:31: map[int][2]string{} does not escape
./map_zero_values.go:17:13: ... argument does not escape
./map_zero_values.go:17:30: map[int]*S{}[1] == nil escapes to heap
./map_zero_values.go:17:24: map[int]*S{} does not escape
./map_zero_values.go:18:13: ... argument does not escape
./map_zero_values.go:18:34: map[int]func(){}[1] == nil escapes to heap
./map_zero_values.go:18:28: map[int]func(){} does not escape
./map_zero_values.go:19:12: ... argument does not escape
./map_zero_values.go:19:37: map[int]string{}[1] escapes to heap
./map_zero_values.go:19:35: map[int]string{} does not escape
./map_zero_values.go:20:13: ... argument does not escape
./map_zero_values.go:20:31: map[int]float64{}[1] escapes to heap
./map_zero_values.go:20:29: map[int]float64{} does not escape
./map_zero_values.go:20:50: map[int]bool{}[1] escapes to heap
./map_zero_values.go:20:48: map[int]bool{} does not escape
./map_zero_values.go:20:69: map[int]rune{}[1] escapes to heap
./map_zero_values.go:20:67: map[int]rune{} does not escape
./map_zero_values.go:23:23: map[string][]int{} escapes to heap
./map_zero_values.go:26:13: ... argument does not escape
./map_zero_values.go:29:21: map[[2]int]int{} escapes to heap
./map_zero_values.go:32:13: ... argument does not escape
