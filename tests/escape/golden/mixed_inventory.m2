./mixed_inventory.go:25:9: &Inventory{...} escapes to heap:
./mixed_inventory.go:25:9:   flow: ~r0 = &{storage for &Inventory{...}}:
./mixed_inventory.go:25:9:     from &Inventory{...} (spill) at ./mixed_inventory.go:25:9
./mixed_inventory.go:25:9:     from return &Inventory{...} (return) at ./mixed_inventory.go:25:2
./mixed_inventory.go:25:31: make(map[string]*Item) escapes to heap:
./mixed_inventory.go:25:31:   flow: {storage for &Inventory{...}} = &{storage for make(map[string]*Item)}:
./mixed_inventory.go:25:31:     from make(map[string]*Item) (spill) at ./mixed_inventory.go:25:31
./mixed_inventory.go:25:31:     from Inventory{...} (struct literal element) at ./mixed_inventory.go:25:19
./mixed_inventory.go:25:9: &Inventory{...} escapes to heap
./mixed_inventory.go:25:31: make(map[string]*Item) escapes to heap
./mixed_inventory.go:32:20: &Item{...} escapes to heap:
./mixed_inventory.go:32:20:   flow: {heap} = &{storage for &Item{...}}:
./mixed_inventory.go:32:20:     from &Item{...} (spill) at ./mixed_inventory.go:32:20
./mixed_inventory.go:32:20:     from inv.items[name] = &Item{...} (assign) at ./mixed_inventory.go:32:18
./mixed_inventory.go:33:34: "add " + name escapes to heap:
./mixed_inventory.go:33:34:   flow: {heap} = &{storage for "add " + name}:
./mixed_inventory.go:33:34:     from "add " + name (spill) at ./mixed_inventory.go:33:34
./mixed_inventory.go:33:34:     from append(inv.log, "add " + name) (call parameter) at ./mixed_inventory.go:33:18
./mixed_inventory.go:28:7: parameter inv leaks to {heap} with derefs=1:
./mixed_inventory.go:28:7:   flow: {temp} = *inv:
./mixed_inventory.go:28:7:     from inv.log (dot of pointer) at ./mixed_inventory.go:33:22
./mixed_inventory.go:28:7:     from append(inv.log, "add " + name) (call parameter) at ./mixed_inventory.go:33:18
./mixed_inventory.go:28:7:   flow: {heap} = {temp}:
./mixed_inventory.go:28:7:     from inv.log = append(inv.log, "add " + name) (assign) at ./mixed_inventory.go:33:10
./mixed_inventory.go:28:27: parameter name leaks to {heap} with derefs=0:
./mixed_inventory.go:28:27:   flow: {heap} = name:
./mixed_inventory.go:28:27:     from inv.items[name] (key of map put) at ./mixed_inventory.go:32:11
./mixed_inventory.go:30:21: name escapes to heap:
./mixed_inventory.go:30:21:   flow: {storage for ... argument} = &{storage for name}:
./mixed_inventory.go:30:21:     from name (spill) at ./mixed_inventory.go:30:21
./mixed_inventory.go:30:21:     from ... argument (slice-literal-element) at ./mixed_inventory.go:30:20
./mixed_inventory.go:30:21:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:30:21:     from ... argument (spill) at ./mixed_inventory.go:30:20
./mixed_inventory.go:30:21:     from fmt.Errorf("duplicate item %q", ... argument...) (call parameter) at ./mixed_inventory.go:30:20
./mixed_inventory.go:28:55: parameter tags leaks to {storage for &Item{...}} with derefs=0:
./mixed_inventory.go:28:55:   flow: {storage for &Item{...}} = tags:
./mixed_inventory.go:28:55:     from Item{...} (struct literal element) at ./mixed_inventory.go:32:25
./mixed_inventory.go:28:27: parameter name leaks to {storage for &Item{...}} with derefs=0:
./mixed_inventory.go:28:27:   flow: {storage for &Item{...}} = name:
./mixed_inventory.go:28:27:     from Item{...} (struct literal element) at ./mixed_inventory.go:32:25
./mixed_inventory.go:28:27: parameter name leaks to {storage for name} with derefs=0:
./mixed_inventory.go:28:27:   flow: {storage for name} = name:
./mixed_inventory.go:28:27:     from name (interface-converted) at ./mixed_inventory.go:30:21
./mixed_inventory.go:28:7: leaking param content: inv
./mixed_inventory.go:28:27: leaking param: name
./mixed_inventory.go:28:55: leaking param: tags
./mixed_inventory.go:30:20: ... argument does not escape
./mixed_inventory.go:30:21: name escapes to heap
./mixed_inventory.go:32:20: &Item{...} escapes to heap
./mixed_inventory.go:33:34: "add " + name escapes to heap
./mixed_inventory.go:39:7: inv does not escape
./mixed_inventory.go:39:27: name does not escape
./mixed_inventory.go:52:12: out escapes to heap:
./mixed_inventory.go:52:12:   flow: {heap} = &{storage for out}:
./mixed_inventory.go:52:12:     from out (spill) at ./mixed_inventory.go:52:12
./mixed_inventory.go:52:12:     from sort.Slice(out, func literal) (call parameter) at ./mixed_inventory.go:52:12
./mixed_inventory.go:48:2: (*Inventory).Sorted capturing by value: out (addr=false assign=false width=24)
./mixed_inventory.go:48:13: make([]*Item, 0, len(inv.items)) escapes to heap:
./mixed_inventory.go:48:13:   flow: {heap} = &{storage for make([]*Item, 0, len(inv.items))}:
./mixed_inventory.go:48:13:     from make([]*Item, 0, len(inv.items)) (non-constant size) at ./mixed_inventory.go:48:13
./mixed_inventory.go:47:7: parameter inv leaks to {heap} with derefs=2:
./mixed_inventory.go:47:7:   flow: {temp} = *inv:
./mixed_inventory.go:47:7:     from inv.items (dot of pointer) at ./mixed_inventory.go:49:24
./mixed_inventory.go:47:7:   flow: it = *{temp}:
./mixed_inventory.go:47:7:     from for loop (range-deref) at ./mixed_inventory.go:49:15
./mixed_inventory.go:47:7:   flow: {heap} = it:
./mixed_inventory.go:47:7:     from append(out, it) (call parameter) at ./mixed_inventory.go:50:15
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
./mixed_inventory.go:77:11: parameter items leaks to {heap} with derefs=1:
./mixed_inventory.go:77:11:   flow: {temp} = items:
./mixed_inventory.go:77:11:   flow: it = *{temp}:
./mixed_inventory.go:77:11:     from for loop (range-deref) at ./mixed_inventory.go:79:15
./mixed_inventory.go:77:11:   flow: {heap} = it:
./mixed_inventory.go:77:11:     from v(it) (call parameter) at ./mixed_inventory.go:80:7
./mixed_inventory.go:77:11: leaking param content: items
./mixed_inventory.go:77:26: v does not escape
./mixed_inventory.go:90:20: ... argument escapes to heap:
./mixed_inventory.go:90:20:   flow: {heap} = &{storage for ... argument}:
./mixed_inventory.go:90:20:     from ... argument (spill) at ./mixed_inventory.go:90:20
./mixed_inventory.go:90:20:     from (*Inventory).Add(inv, name, float64(i) + 0.5, ... argument...) (call parameter) at ./mixed_inventory.go:90:20
./mixed_inventory.go:100:19: byPrice(items) escapes to heap:
./mixed_inventory.go:100:19:   flow: {heap} = &{storage for byPrice(items)}:
./mixed_inventory.go:100:19:     from byPrice(items) (spill) at ./mixed_inventory.go:100:19
./mixed_inventory.go:100:19:     from sort.Sort(byPrice(items)) (call parameter) at ./mixed_inventory.go:100:11
./mixed_inventory.go:102:2: main capturing by ref: cheap (addr=false assign=true width=8)
./mixed_inventory.go:117:14: make([]string, 0, len(counts)) escapes to heap:
./mixed_inventory.go:117:14:   flow: {heap} = &{storage for make([]string, 0, len(counts))}:
./mixed_inventory.go:117:14:     from make([]string, 0, len(counts)) (non-constant size) at ./mixed_inventory.go:117:14
./mixed_inventory.go:127:43: len(parts) escapes to heap:
./mixed_inventory.go:127:43:   flow: {storage for ... argument} = &{storage for len(parts)}:
./mixed_inventory.go:127:43:     from len(parts) (spill) at ./mixed_inventory.go:127:43
./mixed_inventory.go:127:43:     from ... argument (slice-literal-element) at ./mixed_inventory.go:127:13
./mixed_inventory.go:127:43:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:127:43:     from ... argument (spill) at ./mixed_inventory.go:127:13
./mixed_inventory.go:127:43:     from fmt.Println(... argument...) (call parameter) at ./mixed_inventory.go:127:13
./mixed_inventory.go:127:26: strings.Join(parts, "+") escapes to heap:
./mixed_inventory.go:127:26:   flow: {storage for ... argument} = &{storage for strings.Join(parts, "+")}:
./mixed_inventory.go:127:26:     from strings.Join(parts, "+") (spill) at ./mixed_inventory.go:127:26
./mixed_inventory.go:127:26:     from ... argument (slice-literal-element) at ./mixed_inventory.go:127:13
./mixed_inventory.go:127:26:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:127:26:     from ... argument (spill) at ./mixed_inventory.go:127:13
./mixed_inventory.go:127:26:     from fmt.Println(... argument...) (call parameter) at ./mixed_inventory.go:127:13
./mixed_inventory.go:124:38: it.Price escapes to heap:
./mixed_inventory.go:124:38:   flow: {storage for ... argument} = &{storage for it.Price}:
./mixed_inventory.go:124:38:     from it.Price (spill) at ./mixed_inventory.go:124:38
./mixed_inventory.go:124:38:     from ... argument (slice-literal-element) at ./mixed_inventory.go:124:13
./mixed_inventory.go:124:38:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:124:38:     from ... argument (spill) at ./mixed_inventory.go:124:13
./mixed_inventory.go:124:38:     from fmt.Printf("%s %.1f\n", ... argument...) (call parameter) at ./mixed_inventory.go:124:13
./mixed_inventory.go:124:29: it.Name escapes to heap:
./mixed_inventory.go:124:29:   flow: {storage for ... argument} = &{storage for it.Name}:
./mixed_inventory.go:124:29:     from it.Name (spill) at ./mixed_inventory.go:124:29
./mixed_inventory.go:124:29:     from ... argument (slice-literal-element) at ./mixed_inventory.go:124:13
./mixed_inventory.go:124:29:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:124:29:     from ... argument (spill) at ./mixed_inventory.go:124:13
./mixed_inventory.go:124:29:     from fmt.Printf("%s %.1f\n", ... argument...) (call parameter) at ./mixed_inventory.go:124:13
./mixed_inventory.go:111:26: map[string]int{} escapes to heap:
./mixed_inventory.go:111:26:   flow: counts = &{storage for map[string]int{}}:
./mixed_inventory.go:111:26:     from map[string]int{} (spill) at ./mixed_inventory.go:111:26
./mixed_inventory.go:111:26:     from counts := map[string]int{} (assign) at ./mixed_inventory.go:111:9
./mixed_inventory.go:111:26:   flow: {storage for ... argument} = counts:
./mixed_inventory.go:111:26:     from counts (interface-converted) at ./mixed_inventory.go:121:13
./mixed_inventory.go:111:26:     from ... argument (slice-literal-element) at ./mixed_inventory.go:121:13
./mixed_inventory.go:111:26:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:111:26:     from ... argument (spill) at ./mixed_inventory.go:121:13
./mixed_inventory.go:111:26:     from fmt.Println(... argument...) (call parameter) at ./mixed_inventory.go:121:13
./mixed_inventory.go:121:13: keys escapes to heap:
./mixed_inventory.go:121:13:   flow: {storage for ... argument} = &{storage for keys}:
./mixed_inventory.go:121:13:     from keys (spill) at ./mixed_inventory.go:121:13
./mixed_inventory.go:121:13:     from ... argument (slice-literal-element) at ./mixed_inventory.go:121:13
./mixed_inventory.go:121:13:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:121:13:     from ... argument (spill) at ./mixed_inventory.go:121:13
./mixed_inventory.go:121:13:     from fmt.Println(... argument...) (call parameter) at ./mixed_inventory.go:121:13
./mixed_inventory.go:110:27: len(inv.log) escapes to heap:
./mixed_inventory.go:110:27:   flow: {storage for ... argument} = &{storage for len(inv.log)}:
./mixed_inventory.go:110:27:     from len(inv.log) (spill) at ./mixed_inventory.go:110:27
./mixed_inventory.go:110:27:     from ... argument (slice-literal-element) at ./mixed_inventory.go:110:13
./mixed_inventory.go:110:27:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:110:27:     from ... argument (spill) at ./mixed_inventory.go:110:13
./mixed_inventory.go:110:27:     from fmt.Println(... argument...) (call parameter) at ./mixed_inventory.go:110:13
./mixed_inventory.go:110:13: cheap escapes to heap:
./mixed_inventory.go:110:13:   flow: {storage for ... argument} = &{storage for cheap}:
./mixed_inventory.go:110:13:     from cheap (spill) at ./mixed_inventory.go:110:13
./mixed_inventory.go:110:13:     from ... argument (slice-literal-element) at ./mixed_inventory.go:110:13
./mixed_inventory.go:110:13:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:110:13:     from ... argument (spill) at ./mixed_inventory.go:110:13
./mixed_inventory.go:110:13:     from fmt.Println(... argument...) (call parameter) at ./mixed_inventory.go:110:13
./mixed_inventory.go:110:13: n escapes to heap:
./mixed_inventory.go:110:13:   flow: {storage for ... argument} = &{storage for n}:
./mixed_inventory.go:110:13:     from n (spill) at ./mixed_inventory.go:110:13
./mixed_inventory.go:110:13:     from ... argument (slice-literal-element) at ./mixed_inventory.go:110:13
./mixed_inventory.go:110:13:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:110:13:     from ... argument (spill) at ./mixed_inventory.go:110:13
./mixed_inventory.go:110:13:     from fmt.Println(... argument...) (call parameter) at ./mixed_inventory.go:110:13
./mixed_inventory.go:101:23: summarize(items) escapes to heap:
./mixed_inventory.go:101:23:   flow: {storage for ... argument} = &{storage for summarize(items)}:
./mixed_inventory.go:101:23:     from summarize(items) (spill) at ./mixed_inventory.go:101:23
./mixed_inventory.go:101:23:     from ... argument (slice-literal-element) at ./mixed_inventory.go:101:13
./mixed_inventory.go:101:23:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:101:23:     from ... argument (spill) at ./mixed_inventory.go:101:13
./mixed_inventory.go:101:23:     from fmt.Println(... argument...) (call parameter) at ./mixed_inventory.go:101:13
./mixed_inventory.go:99:23: summarize(items) escapes to heap:
./mixed_inventory.go:99:23:   flow: {storage for ... argument} = &{storage for summarize(items)}:
./mixed_inventory.go:99:23:     from summarize(items) (spill) at ./mixed_inventory.go:99:23
./mixed_inventory.go:99:23:     from ... argument (slice-literal-element) at ./mixed_inventory.go:99:13
./mixed_inventory.go:99:23:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:99:23:     from ... argument (spill) at ./mixed_inventory.go:99:13
./mixed_inventory.go:99:23:     from fmt.Println(... argument...) (call parameter) at ./mixed_inventory.go:99:13
./mixed_inventory.go:96:15: "kiwi:" escapes to heap:
./mixed_inventory.go:96:15:   flow: {storage for ... argument} = &{storage for "kiwi:"}:
./mixed_inventory.go:96:15:     from "kiwi:" (spill) at ./mixed_inventory.go:96:15
./mixed_inventory.go:96:15:     from ... argument (slice-literal-element) at ./mixed_inventory.go:96:14
./mixed_inventory.go:96:15:   flow: {heap} = {storage for ... argument}:
./mixed_inventory.go:96:15:     from ... argument (spill) at ./mixed_inventory.go:96:14
./mixed_inventory.go:96:15:     from fmt.Println(... argument...) (call parameter) at ./mixed_inventory.go:96:14
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
