./map_struct_values.go:13:29: map[string]Account{...} escapes to heap
./map_struct_values.go:16:13: ... argument does not escape
./map_struct_values.go:16:24: byVal["a"].Balance escapes to heap
./map_struct_values.go:18:13: ... argument does not escape
./map_struct_values.go:18:24: byVal["a"].Balance escapes to heap
./map_struct_values.go:18:44: byVal["a"].Owner escapes to heap
./map_struct_values.go:19:13: ... argument does not escape
./map_struct_values.go:21:30: map[string]*Account{...} does not escape
./map_struct_values.go:21:36: &Account{...} escapes to heap
./map_struct_values.go:21:54: &Account{...} escapes to heap
./map_struct_values.go:26:13: ... argument does not escape
./map_struct_values.go:26:14: *byPtr["a"] escapes to heap
./map_struct_values.go:26:27: *byPtr["b"] escapes to heap
./map_struct_values.go:27:13: ... argument does not escape
./map_struct_values.go:27:31: byPtr["missing"] == nil escapes to heap
./map_struct_values.go:30:12: ... argument does not escape
./map_struct_values.go:30:36: byVal["zzz"].Owner escapes to heap
./map_struct_values.go:30:56: byVal["zzz"].Balance escapes to heap
./map_struct_values.go:32:30: map[string][3]int{...} does not escape
./map_struct_values.go:35:13: ... argument does not escape
./map_struct_values.go:35:21: arrVals["x"] escapes to heap
./map_struct_values.go:35:21: arr escapes to heap
./map_struct_values.go:36:13: ... argument does not escape
./map_struct_values.go:36:26: arrVals["x"][2] escapes to heap
./map_struct_values.go:36:34: len(arrVals["y"]) escapes to heap
