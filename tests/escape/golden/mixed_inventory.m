./mixed_inventory.go:25:9: &Inventory{...} escapes to heap
./mixed_inventory.go:25:31: make(map[string]*Item) escapes to heap
./mixed_inventory.go:28:7: leaking param content: inv
./mixed_inventory.go:28:27: leaking param: name
./mixed_inventory.go:28:55: leaking param: tags
./mixed_inventory.go:30:20: ... argument does not escape
./mixed_inventory.go:30:21: name escapes to heap
./mixed_inventory.go:32:20: &Item{...} escapes to heap
./mixed_inventory.go:33:34: "add " + name escapes to heap
./mixed_inventory.go:39:7: inv does not escape
./mixed_inventory.go:39:27: name does not escape
./mixed_inventory.go:47:7: leaking param content: inv
./mixed_inventory.go:48:13: make([]*Item, 0, len(inv.items)) escapes to heap
./mixed_inventory.go:52:12: out escapes to heap
./mixed_inventory.go:52:18: func literal does not escape
./mixed_inventory.go:58:7: b does not escape
./mixed_inventory.go:59:7: b does not escape
./mixed_inventory.go:60:51: byPrice.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./mixed_inventory.go:60:51: byPrice.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./mixed_inventory.go:60:7: b does not escape
./mixed_inventory.go:62:16: items does not escape
./mixed_inventory.go:77:11: leaking param content: items
./mixed_inventory.go:77:26: v does not escape
./mixed_inventory.go:103:24: it does not escape
./mixed_inventory.go:89:31: []string{...} does not escape
./mixed_inventory.go:90:20: ... argument escapes to heap
./mixed_inventory.go:91:15: ... argument does not escape
./mixed_inventory.go:94:13: ... argument does not escape
./mixed_inventory.go:96:14: ... argument does not escape
./mixed_inventory.go:96:15: "kiwi:" escapes to heap
./mixed_inventory.go:99:13: ... argument does not escape
./mixed_inventory.go:99:23: summarize(items) escapes to heap
./mixed_inventory.go:100:19: byPrice(items) escapes to heap
./mixed_inventory.go:101:13: ... argument does not escape
./mixed_inventory.go:101:23: summarize(items) escapes to heap
./mixed_inventory.go:103:19: func literal does not escape
./mixed_inventory.go:110:13: ... argument does not escape
./mixed_inventory.go:110:13: n escapes to heap
./mixed_inventory.go:110:13: cheap escapes to heap
./mixed_inventory.go:110:27: len(inv.log) escapes to heap
./mixed_inventory.go:111:26: map[string]int{} escapes to heap
./mixed_inventory.go:117:14: make([]string, 0, len(counts)) escapes to heap
./mixed_inventory.go:121:13: ... argument does not escape
./mixed_inventory.go:121:13: keys escapes to heap
./mixed_inventory.go:124:13: ... argument does not escape
./mixed_inventory.go:124:29: it.Name escapes to heap
./mixed_inventory.go:124:38: it.Price escapes to heap
./mixed_inventory.go:127:13: ... argument does not escape
./mixed_inventory.go:127:26: strings.Join(parts, "+") escapes to heap
./mixed_inventory.go:127:43: len(parts) escapes to heap
