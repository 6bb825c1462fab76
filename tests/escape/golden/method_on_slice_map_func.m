./method_on_slice_map_func.go:8:7: s does not escape
./method_on_slice_map_func.go:15:7: leaking param content: s
./method_on_slice_map_func.go:16:7: s does not escape
./method_on_slice_map_func.go:20:7: s does not escape
./method_on_slice_map_func.go:20:18: leaking param: k
./method_on_slice_map_func.go:21:7: s does not escape
./method_on_slice_map_func.go:21:18: k does not escape
./method_on_slice_map_func.go:30:18: Set.Keys ignoring self-assignment in ks[i], ks[j] = ks[j], ks[i]
./method_on_slice_map_func.go:30:18: Set.Keys ignoring self-assignment in ks[i], ks[j] = ks[j], ks[i]
./method_on_slice_map_func.go:22:7: s does not escape
./method_on_slice_map_func.go:39:7: o does not escape
./method_on_slice_map_func.go:40:7: leaking param: o
./method_on_slice_map_func.go:40:42: func literal escapes to heap
./method_on_slice_map_func.go:47:13: ... argument does not escape
./method_on_slice_map_func.go:47:13: s escapes to heap
./method_on_slice_map_func.go:47:22: Ints.Sum(s) escapes to heap
./method_on_slice_map_func.go:47:31: Ints.Len(s) escapes to heap
./method_on_slice_map_func.go:48:12: Set{} does not escape
./method_on_slice_map_func.go:51:13: ... argument does not escape
./method_on_slice_map_func.go:51:21: Set.Has(set, "a") escapes to heap
./method_on_slice_map_func.go:51:35: Set.Has(set, "z") escapes to heap
./method_on_slice_map_func.go:51:50: Set.Keys(set) escapes to heap
./method_on_slice_map_func.go:52:12: func literal escapes to heap
./method_on_slice_map_func.go:53:13: ... argument does not escape
./method_on_slice_map_func.go:53:23: Op.Apply(add, 2, 3) escapes to heap
./method_on_slice_map_func.go:53:48: Op.Apply(.autotmp_3, 2, 3) escapes to heap
./method_on_slice_map_func.go:53:75: .autotmp_5(1, 1) escapes to heap
