./prog_inventory.go:30:21: p escapes to heap:
./prog_inventory.go:30:21:   flow: {heap} = &p:
./prog_inventory.go:30:21:     from &p (address-of) at ./prog_inventory.go:30:54
./prog_inventory.go:30:21:     from s.products[p.SKU] = &p (assign) at ./prog_inventory.go:30:52
./prog_inventory.go:30:7: s does not escape
./prog_inventory.go:30:21: moved to heap: p
./prog_inventory.go:32:7: parameter s leaks to {heap} with derefs=1:
./prog_inventory.go:32:7:   flow: {heap} = *s:
./prog_inventory.go:32:7:     from s.rejected (dot of pointer) at ./prog_inventory.go:36:25
./prog_inventory.go:32:7:     from append(s.rejected, o.ID) (call parameter) at ./prog_inventory.go:36:23
./prog_inventory.go:32:7:     from s.rejected = append(s.rejected, o.ID) (assign) at ./prog_inventory.go:36:15
./prog_inventory.go:32:7: leaking param content: s
./prog_inventory.go:32:24: o does not escape
./prog_inventory.go:55:23: (*Store).Report ignoring self-assignment in skus[j], skus[j - 1] = skus[j - 1], skus[j]
./prog_inventory.go:55:23: (*Store).Report ignoring self-assignment in skus[j], skus[j - 1] = skus[j - 1], skus[j]
./prog_inventory.go:62:77: s.rejected escapes to heap:
./prog_inventory.go:62:77:   flow: {storage for ... argument} = &{storage for s.rejected}:
./prog_inventory.go:62:77:     from s.rejected (spill) at ./prog_inventory.go:62:77
./prog_inventory.go:62:77:     from ... argument (slice-literal-element) at ./prog_inventory.go:62:12
./prog_inventory.go:62:77:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:62:77:     from ... argument (spill) at ./prog_inventory.go:62:12
./prog_inventory.go:62:77:     from fmt.Printf("revenue %d.%02d rejected %v\n", ... argument...) (call parameter) at ./prog_inventory.go:62:12
./prog_inventory.go:62:70: s.revenue % 100 escapes to heap:
./prog_inventory.go:62:70:   flow: {storage for ... argument} = &{storage for s.revenue % 100}:
./prog_inventory.go:62:70:     from s.revenue % 100 (spill) at ./prog_inventory.go:62:70
./prog_inventory.go:62:70:     from ... argument (slice-literal-element) at ./prog_inventory.go:62:12
./prog_inventory.go:62:70:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:62:70:     from ... argument (spill) at ./prog_inventory.go:62:12
./prog_inventory.go:62:70:     from fmt.Printf("revenue %d.%02d rejected %v\n", ... argument...) (call parameter) at ./prog_inventory.go:62:12
./prog_inventory.go:62:55: s.revenue / 100 escapes to heap:
./prog_inventory.go:62:55:   flow: {storage for ... argument} = &{storage for s.revenue / 100}:
./prog_inventory.go:62:55:     from s.revenue / 100 (spill) at ./prog_inventory.go:62:55
./prog_inventory.go:62:55:     from ... argument (slice-literal-element) at ./prog_inventory.go:62:12
./prog_inventory.go:62:55:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:62:55:     from ... argument (spill) at ./prog_inventory.go:62:12
./prog_inventory.go:62:55:     from fmt.Printf("revenue %d.%02d rejected %v\n", ... argument...) (call parameter) at ./prog_inventory.go:62:12
./prog_inventory.go:60:84: p.Stock escapes to heap:
./prog_inventory.go:60:84:   flow: {storage for ... argument} = &{storage for p.Stock}:
./prog_inventory.go:60:84:     from p.Stock (spill) at ./prog_inventory.go:60:84
./prog_inventory.go:60:84:     from ... argument (slice-literal-element) at ./prog_inventory.go:60:13
./prog_inventory.go:60:84:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:60:84:     from ... argument (spill) at ./prog_inventory.go:60:13
./prog_inventory.go:60:84:     from fmt.Printf("%-4s %-8s %3d.%02d %3d\n", ... argument...) (call parameter) at ./prog_inventory.go:60:13
./prog_inventory.go:60:77: p.Price % 100 escapes to heap:
./prog_inventory.go:60:77:   flow: {storage for ... argument} = &{storage for p.Price % 100}:
./prog_inventory.go:60:77:     from p.Price % 100 (spill) at ./prog_inventory.go:60:77
./prog_inventory.go:60:77:     from ... argument (slice-literal-element) at ./prog_inventory.go:60:13
./prog_inventory.go:60:77:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:60:77:     from ... argument (spill) at ./prog_inventory.go:60:13
./prog_inventory.go:60:77:     from fmt.Printf("%-4s %-8s %3d.%02d %3d\n", ... argument...) (call parameter) at ./prog_inventory.go:60:13
./prog_inventory.go:60:64: p.Price / 100 escapes to heap:
./prog_inventory.go:60:64:   flow: {storage for ... argument} = &{storage for p.Price / 100}:
./prog_inventory.go:60:64:     from p.Price / 100 (spill) at ./prog_inventory.go:60:64
./prog_inventory.go:60:64:     from ... argument (slice-literal-element) at ./prog_inventory.go:60:13
./prog_inventory.go:60:64:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:60:64:     from ... argument (spill) at ./prog_inventory.go:60:13
./prog_inventory.go:60:64:     from fmt.Printf("%-4s %-8s %3d.%02d %3d\n", ... argument...) (call parameter) at ./prog_inventory.go:60:13
./prog_inventory.go:60:50: p.Name escapes to heap:
./prog_inventory.go:60:50:   flow: {storage for ... argument} = &{storage for p.Name}:
./prog_inventory.go:60:50:     from p.Name (spill) at ./prog_inventory.go:60:50
./prog_inventory.go:60:50:     from ... argument (slice-literal-element) at ./prog_inventory.go:60:13
./prog_inventory.go:60:50:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:60:50:     from ... argument (spill) at ./prog_inventory.go:60:13
./prog_inventory.go:60:50:     from fmt.Printf("%-4s %-8s %3d.%02d %3d\n", ... argument...) (call parameter) at ./prog_inventory.go:60:13
./prog_inventory.go:60:43: p.SKU escapes to heap:
./prog_inventory.go:60:43:   flow: {storage for ... argument} = &{storage for p.SKU}:
./prog_inventory.go:60:43:     from p.SKU (spill) at ./prog_inventory.go:60:43
./prog_inventory.go:60:43:     from ... argument (slice-literal-element) at ./prog_inventory.go:60:13
./prog_inventory.go:60:43:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:60:43:     from ... argument (spill) at ./prog_inventory.go:60:13
./prog_inventory.go:60:43:     from fmt.Printf("%-4s %-8s %3d.%02d %3d\n", ... argument...) (call parameter) at ./prog_inventory.go:60:13
./prog_inventory.go:48:7: parameter s leaks to {storage for s.rejected} with derefs=1:
./prog_inventory.go:48:7:   flow: {storage for s.rejected} = *s:
./prog_inventory.go:48:7:     from s.rejected (dot of pointer) at ./prog_inventory.go:62:77
./prog_inventory.go:48:7:     from s.rejected (interface-converted) at ./prog_inventory.go:62:77
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
./prog_inventory.go:81:14: *s.products["B2"] escapes to heap:
./prog_inventory.go:81:14:   flow: {storage for ... argument} = &{storage for *s.products["B2"]}:
./prog_inventory.go:81:14:     from *s.products["B2"] (spill) at ./prog_inventory.go:81:14
./prog_inventory.go:81:14:     from ... argument (slice-literal-element) at ./prog_inventory.go:81:13
./prog_inventory.go:81:14:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:81:14:     from ... argument (spill) at ./prog_inventory.go:81:13
./prog_inventory.go:81:14:     from fmt.Println(... argument...) (call parameter) at ./prog_inventory.go:81:13
./prog_inventory.go:66:43: map[string]*Product{} escapes to heap:
./prog_inventory.go:66:43:   flow: {storage for &Store{...}} = &{storage for map[string]*Product{}}:
./prog_inventory.go:66:43:     from map[string]*Product{} (spill) at ./prog_inventory.go:66:43
./prog_inventory.go:66:43:     from Store{...} (struct literal element) at ./prog_inventory.go:66:13
./prog_inventory.go:66:43:   flow: s = &{storage for &Store{...}}:
./prog_inventory.go:66:43:     from &Store{...} (spill) at ./prog_inventory.go:66:7
./prog_inventory.go:66:43:     from s := &Store{...} (assign) at ./prog_inventory.go:66:4
./prog_inventory.go:66:43:   flow: {heap} = *s:
./prog_inventory.go:66:43:     from (*Store).Fulfil(s, o) (call parameter) at ./prog_inventory.go:78:38
./prog_inventory.go:78:38: (*Store).Fulfil(s, o) escapes to heap:
./prog_inventory.go:78:38:   flow: {storage for ... argument} = &{storage for (*Store).Fulfil(s, o)}:
./prog_inventory.go:78:38:     from (*Store).Fulfil(s, o) (spill) at ./prog_inventory.go:78:38
./prog_inventory.go:78:38:     from ... argument (slice-literal-element) at ./prog_inventory.go:78:14
./prog_inventory.go:78:38:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:78:38:     from ... argument (spill) at ./prog_inventory.go:78:14
./prog_inventory.go:78:38:     from fmt.Println(... argument...) (call parameter) at ./prog_inventory.go:78:14
./prog_inventory.go:78:25: o.ID escapes to heap:
./prog_inventory.go:78:25:   flow: {storage for ... argument} = &{storage for o.ID}:
./prog_inventory.go:78:25:     from o.ID (spill) at ./prog_inventory.go:78:25
./prog_inventory.go:78:25:     from ... argument (slice-literal-element) at ./prog_inventory.go:78:14
./prog_inventory.go:78:25:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:78:25:     from ... argument (spill) at ./prog_inventory.go:78:14
./prog_inventory.go:78:25:     from fmt.Println(... argument...) (call parameter) at ./prog_inventory.go:78:14
./prog_inventory.go:78:15: "order" escapes to heap:
./prog_inventory.go:78:15:   flow: {storage for ... argument} = &{storage for "order"}:
./prog_inventory.go:78:15:     from "order" (spill) at ./prog_inventory.go:78:15
./prog_inventory.go:78:15:     from ... argument (slice-literal-element) at ./prog_inventory.go:78:14
./prog_inventory.go:78:15:   flow: {heap} = {storage for ... argument}:
./prog_inventory.go:78:15:     from ... argument (spill) at ./prog_inventory.go:78:14
./prog_inventory.go:78:15:     from fmt.Println(... argument...) (call parameter) at ./prog_inventory.go:78:14
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
