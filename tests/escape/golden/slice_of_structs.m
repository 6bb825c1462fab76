./slice_of_structs.go:13:12: items does not escape
./slice_of_structs.go:47:25: main ignoring self-assignment in items[j], items[j - 1] = items[j - 1], items[j]
./slice_of_structs.go:47:25: main ignoring self-assignment in items[j], items[j - 1] = items[j - 1], items[j]
./slice_of_structs.go:22:17: []Item{...} escapes to heap
./slice_of_structs.go:27:13: ... argument does not escape
./slice_of_structs.go:27:19: total(items) escapes to heap
./slice_of_structs.go:32:13: ... argument does not escape
./slice_of_structs.go:32:22: items[0].Qty escapes to heap
./slice_of_structs.go:37:13: ... argument does not escape
./slice_of_structs.go:37:13: items escapes to heap
./slice_of_structs.go:41:13: ... argument does not escape
./slice_of_structs.go:41:19: items[2] escapes to heap
./slice_of_structs.go:41:29: total(items) escapes to heap
./slice_of_structs.go:51:13: ... argument does not escape
./slice_of_structs.go:51:34: it.Name escapes to heap
./slice_of_structs.go:51:43: it.Price escapes to heap
./slice_of_structs.go:51:53: it.Qty escapes to heap
