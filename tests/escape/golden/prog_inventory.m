./prog_inventory.go:30:7: s does not escape
./prog_inventory.go:30:21: moved to heap: p
./prog_inventory.go:32:7: leaking param content: s
./prog_inventory.go:32:24: o does not escape
./prog_inventory.go:55:23: (*Store).Report ignoring self-assignment in skus[j], skus[j - 1] = skus[j - 1], skus[j]
./prog_inventory.go:55:23: (*Store).Report ignoring self-assignment in skus[j], skus[j - 1] = skus[j - 1], skus[j]
./prog_inventory.go:48:7: leaking param content: s
./prog_inventory.go:60:13: ... argument does not escape
./prog_inventory.go:60:43: p.SKU escapes to heap
./prog_inventory.go:60:50: p.Name escapes to heap
./prog_inventory.go:60:64: p.Price / 100 escapes to heap
./prog_inventory.go:60:77: p.Price % 100 escapes to heap
./prog_inventory.go:60:84: p.Stock escapes to heap
./prog_inventory.go:62:12: ... argument does not escape
./prog_inventory.go:62:55: s.revenue / 100 escapes to heap
./prog_inventory.go:62:70: s.revenue % 100 escapes to heap
./prog_inventory.go:62:77: s.rejected escapes to heap
./prog_inventory.go:66:7: &Store{...} does not escape
./prog_inventory.go:66:43: map[string]*Product{} escapes to heap
./prog_inventory.go:70:19: []Order{...} does not escape
./prog_inventory.go:71:13: []Line{...} does not escape
./prog_inventory.go:72:13: []Line{...} does not escape
./prog_inventory.go:73:13: []Line{...} does not escape
./prog_inventory.go:74:13: []Line{...} does not escape
./prog_inventory.go:75:13: []Line{...} does not escape
./prog_inventory.go:78:14: ... argument does not escape
./prog_inventory.go:78:15: "order" escapes to heap
./prog_inventory.go:78:25: o.ID escapes to heap
./prog_inventory.go:78:38: (*Store).Fulfil(s, o) escapes to heap
./prog_inventory.go:81:13: ... argument does not escape
./prog_inventory.go:81:14: *s.products["B2"] escapes to heap
