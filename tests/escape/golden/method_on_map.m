./method_on_map.go:17:7: s does not escape
./method_on_map.go:17:18: leaking param: v
./method_on_map.go:9:13: leaking param content: items
./method_on_map.go:10:10: Set{} escapes to heap
./method_on_map.go:18:7: s does not escape
./method_on_map.go:18:18: v does not escape
./method_on_map.go:19:7: s does not escape
./method_on_map.go:19:21: v does not escape
./method_on_map.go:20:7: s does not escape
./method_on_map.go:22:7: s does not escape
./method_on_map.go:22:20: t does not escape
./method_on_map.go:23:10: Set{} escapes to heap
./method_on_map.go:33:7: s does not escape
./method_on_map.go:33:24: t does not escape
./method_on_map.go:34:10: Set{} escapes to heap
./method_on_map.go:50:21: Set.Sorted ignoring self-assignment in out[j], out[j - 1] = out[j - 1], out[j]
./method_on_map.go:50:21: Set.Sorted ignoring self-assignment in out[j], out[j - 1] = out[j - 1], out[j]
./method_on_map.go:43:7: s does not escape
./method_on_map.go:58:7: c does not escape
./method_on_map.go:58:21: leaking param: k
./method_on_map.go:61:13: ... argument does not escape
./method_on_map.go:62:13: ... argument does not escape
./method_on_map.go:63:13: ... argument does not escape
./method_on_map.go:63:19: Set.Len(a) escapes to heap
./method_on_map.go:63:28: Set.Len(b) escapes to heap
./method_on_map.go:63:37: Set.Has(a, "go") escapes to heap
./method_on_map.go:63:50: Set.Has(a, "rust") escapes to heap
./method_on_map.go:64:13: ... argument does not escape
./method_on_map.go:64:31: Set.Sorted(.autotmp_2) escapes to heap
./method_on_map.go:65:13: ... argument does not escape
./method_on_map.go:65:35: Set.Sorted(.autotmp_3) escapes to heap
./method_on_map.go:67:13: ... argument does not escape
./method_on_map.go:67:22: Set.Sorted(a) escapes to heap
./method_on_map.go:67:44: Set.Len(.autotmp_4) escapes to heap
./method_on_map.go:68:13: ... argument does not escape
./method_on_map.go:71:13: ... argument does not escape
./method_on_map.go:71:24: Set.Has(nilSet, "x") escapes to heap
./method_on_map.go:71:41: Set.Len(nilSet) escapes to heap
./method_on_map.go:73:13: Counts{} escapes to heap
./method_on_map.go:76:13: ... argument does not escape
./method_on_map.go:76:19: Counts.Inc(c, "a") escapes to heap
./method_on_map.go:76:31: Counts.Inc(c, "b") escapes to heap
