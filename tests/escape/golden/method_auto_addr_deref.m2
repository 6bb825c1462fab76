./method_auto_addr_deref.go:10:7: a does not escape
./method_auto_addr_deref.go:41:28: &Acc{...} escapes to heap:
./method_auto_addr_deref.go:41:28:   flow: {heap} = &{storage for &Acc{...}}:
./method_auto_addr_deref.go:41:28:     from &Acc{...} (spill) at ./method_auto_addr_deref.go:41:28
./method_auto_addr_deref.go:41:28:     from map[string]*Acc{...} (map literal value) at ./method_auto_addr_deref.go:41:22
./method_auto_addr_deref.go:43:26: Acc.Value(m["x"]) escapes to heap:
./method_auto_addr_deref.go:43:26:   flow: {storage for ... argument} = &{storage for Acc.Value(m["x"])}:
./method_auto_addr_deref.go:43:26:     from Acc.Value(m["x"]) (spill) at ./method_auto_addr_deref.go:43:26
./method_auto_addr_deref.go:43:26:     from ... argument (slice-literal-element) at ./method_auto_addr_deref.go:43:13
./method_auto_addr_deref.go:43:26:   flow: {heap} = {storage for ... argument}:
./method_auto_addr_deref.go:43:26:     from ... argument (spill) at ./method_auto_addr_deref.go:43:13
./method_auto_addr_deref.go:43:26:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr_deref.go:43:13
./method_auto_addr_deref.go:39:28: h.accs escapes to heap:
./method_auto_addr_deref.go:39:28:   flow: {storage for ... argument} = &{storage for h.accs}:
./method_auto_addr_deref.go:39:28:     from h.accs (spill) at ./method_auto_addr_deref.go:39:28
./method_auto_addr_deref.go:39:28:     from ... argument (slice-literal-element) at ./method_auto_addr_deref.go:39:13
./method_auto_addr_deref.go:39:28:   flow: {heap} = {storage for ... argument}:
./method_auto_addr_deref.go:39:28:     from ... argument (spill) at ./method_auto_addr_deref.go:39:13
./method_auto_addr_deref.go:39:28:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr_deref.go:39:13
./method_auto_addr_deref.go:39:19: h.acc.total escapes to heap:
./method_auto_addr_deref.go:39:19:   flow: {storage for ... argument} = &{storage for h.acc.total}:
./method_auto_addr_deref.go:39:19:     from h.acc.total (spill) at ./method_auto_addr_deref.go:39:19
./method_auto_addr_deref.go:39:19:     from ... argument (slice-literal-element) at ./method_auto_addr_deref.go:39:13
./method_auto_addr_deref.go:39:19:   flow: {heap} = {storage for ... argument}:
./method_auto_addr_deref.go:39:19:     from ... argument (spill) at ./method_auto_addr_deref.go:39:13
./method_auto_addr_deref.go:39:19:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr_deref.go:39:13
./method_auto_addr_deref.go:34:38: Acc.Value(s[1]) escapes to heap:
./method_auto_addr_deref.go:34:38:   flow: {storage for ... argument} = &{storage for Acc.Value(s[1])}:
./method_auto_addr_deref.go:34:38:     from Acc.Value(s[1]) (spill) at ./method_auto_addr_deref.go:34:38
./method_auto_addr_deref.go:34:38:     from ... argument (slice-literal-element) at ./method_auto_addr_deref.go:34:13
./method_auto_addr_deref.go:34:38:   flow: {heap} = {storage for ... argument}:
./method_auto_addr_deref.go:34:38:     from ... argument (spill) at ./method_auto_addr_deref.go:34:13
./method_auto_addr_deref.go:34:38:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr_deref.go:34:13
./method_auto_addr_deref.go:34:24: Acc.Value(s[0]) escapes to heap:
./method_auto_addr_deref.go:34:24:   flow: {storage for ... argument} = &{storage for Acc.Value(s[0])}:
./method_auto_addr_deref.go:34:24:     from Acc.Value(s[0]) (spill) at ./method_auto_addr_deref.go:34:24
./method_auto_addr_deref.go:34:24:     from ... argument (slice-literal-element) at ./method_auto_addr_deref.go:34:13
./method_auto_addr_deref.go:34:24:   flow: {heap} = {storage for ... argument}:
./method_auto_addr_deref.go:34:24:     from ... argument (spill) at ./method_auto_addr_deref.go:34:13
./method_auto_addr_deref.go:34:24:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr_deref.go:34:13
./method_auto_addr_deref.go:27:63: Acc.Value(h.accs[0]) escapes to heap:
./method_auto_addr_deref.go:27:63:   flow: {storage for ... argument} = &{storage for Acc.Value(h.accs[0])}:
./method_auto_addr_deref.go:27:63:     from Acc.Value(h.accs[0]) (spill) at ./method_auto_addr_deref.go:27:63
./method_auto_addr_deref.go:27:63:     from ... argument (slice-literal-element) at ./method_auto_addr_deref.go:27:13
./method_auto_addr_deref.go:27:63:   flow: {heap} = {storage for ... argument}:
./method_auto_addr_deref.go:27:63:     from ... argument (spill) at ./method_auto_addr_deref.go:27:13
./method_auto_addr_deref.go:27:63:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr_deref.go:27:13
./method_auto_addr_deref.go:27:44: Acc.Value(h.accs[1]) escapes to heap:
./method_auto_addr_deref.go:27:44:   flow: {storage for ... argument} = &{storage for Acc.Value(h.accs[1])}:
./method_auto_addr_deref.go:27:44:     from Acc.Value(h.accs[1]) (spill) at ./method_auto_addr_deref.go:27:44
./method_auto_addr_deref.go:27:44:     from ... argument (slice-literal-element) at ./method_auto_addr_deref.go:27:13
./method_auto_addr_deref.go:27:44:   flow: {heap} = {storage for ... argument}:
./method_auto_addr_deref.go:27:44:     from ... argument (spill) at ./method_auto_addr_deref.go:27:13
./method_auto_addr_deref.go:27:44:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr_deref.go:27:13
./method_auto_addr_deref.go:27:25: Acc.Value(h.acc) escapes to heap:
./method_auto_addr_deref.go:27:25:   flow: {storage for ... argument} = &{storage for Acc.Value(h.acc)}:
./method_auto_addr_deref.go:27:25:     from Acc.Value(h.acc) (spill) at ./method_auto_addr_deref.go:27:25
./method_auto_addr_deref.go:27:25:     from ... argument (slice-literal-element) at ./method_auto_addr_deref.go:27:13
./method_auto_addr_deref.go:27:25:   flow: {heap} = {storage for ... argument}:
./method_auto_addr_deref.go:27:25:     from ... argument (spill) at ./method_auto_addr_deref.go:27:13
./method_auto_addr_deref.go:27:25:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr_deref.go:27:13
./method_auto_addr_deref.go:22:32: Acc.Value(a) escapes to heap:
./method_auto_addr_deref.go:22:32:   flow: {storage for ... argument} = &{storage for Acc.Value(a)}:
./method_auto_addr_deref.go:22:32:     from Acc.Value(a) (spill) at ./method_auto_addr_deref.go:22:32
./method_auto_addr_deref.go:22:32:     from ... argument (slice-literal-element) at ./method_auto_addr_deref.go:22:13
./method_auto_addr_deref.go:22:32:   flow: {heap} = {storage for ... argument}:
./method_auto_addr_deref.go:22:32:     from ... argument (spill) at ./method_auto_addr_deref.go:22:13
./method_auto_addr_deref.go:22:32:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr_deref.go:22:13
./method_auto_addr_deref.go:22:21: Acc.Value(p) escapes to heap:
./method_auto_addr_deref.go:22:21:   flow: {storage for ... argument} = &{storage for Acc.Value(p)}:
./method_auto_addr_deref.go:22:21:     from Acc.Value(p) (spill) at ./method_auto_addr_deref.go:22:21
./method_auto_addr_deref.go:22:21:     from ... argument (slice-literal-element) at ./method_auto_addr_deref.go:22:13
./method_auto_addr_deref.go:22:21:   flow: {heap} = {storage for ... argument}:
./method_auto_addr_deref.go:22:21:     from ... argument (spill) at ./method_auto_addr_deref.go:22:13
./method_auto_addr_deref.go:22:21:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr_deref.go:22:13
./method_auto_addr_deref.go:22:13: ... argument does not escape
./method_auto_addr_deref.go:22:21: Acc.Value(p) escapes to heap
./method_auto_addr_deref.go:22:32: Acc.Value(a) escapes to heap
./method_auto_addr_deref.go:27:13: ... argument does not escape
./method_auto_addr_deref.go:27:25: Acc.Value(h.acc) escapes to heap
./method_auto_addr_deref.go:27:44: Acc.Value(h.accs[1]) escapes to heap
./method_auto_addr_deref.go:27:63: Acc.Value(h.accs[0]) escapes to heap
./method_auto_addr_deref.go:29:12: []Acc{...} does not escape
./method_auto_addr_deref.go:34:13: ... argument does not escape
./method_auto_addr_deref.go:34:24: Acc.Value(s[0]) escapes to heap
./method_auto_addr_deref.go:34:38: Acc.Value(s[1]) escapes to heap
./method_auto_addr_deref.go:39:13: ... argument does not escape
./method_auto_addr_deref.go:39:19: h.acc.total escapes to heap
./method_auto_addr_deref.go:39:28: h.accs escapes to heap
./method_auto_addr_deref.go:41:22: map[string]*Acc{...} does not escape
./method_auto_addr_deref.go:41:28: &Acc{...} escapes to heap
./method_auto_addr_deref.go:43:13: ... argument does not escape
./method_auto_addr_deref.go:43:26: Acc.Value(m["x"]) escapes to heap
