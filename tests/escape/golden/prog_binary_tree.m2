./prog_binary_tree.go:12:13: parameter t leaks to {heap} with derefs=0:
./prog_binary_tree.go:12:13:   flow: ~r0 = t:
./prog_binary_tree.go:12:13:     from return t (return) at ./prog_binary_tree.go:21:2
./prog_binary_tree.go:12:13:   flow: {heap} = ~r0:
./prog_binary_tree.go:12:13:     from t.Left = insert(t.Left, k) (assign) at ./prog_binary_tree.go:17:10
./prog_binary_tree.go:14:10: &Tree{...} escapes to heap:
./prog_binary_tree.go:14:10:   flow: ~r0 = &{storage for &Tree{...}}:
./prog_binary_tree.go:14:10:     from &Tree{...} (spill) at ./prog_binary_tree.go:14:10
./prog_binary_tree.go:14:10:     from return &Tree{...} (return) at ./prog_binary_tree.go:14:3
./prog_binary_tree.go:14:10:   flow: {heap} = ~r0:
./prog_binary_tree.go:14:10:     from t.Left = insert(t.Left, k) (assign) at ./prog_binary_tree.go:17:10
./prog_binary_tree.go:12:13: parameter t leaks to ~r0 with derefs=0:
./prog_binary_tree.go:12:13:   flow: ~r0 = t:
./prog_binary_tree.go:12:13:     from return t (return) at ./prog_binary_tree.go:21:2
./prog_binary_tree.go:12:13: leaking param: t
./prog_binary_tree.go:14:10: &Tree{...} escapes to heap
./prog_binary_tree.go:24:7: t does not escape
./prog_binary_tree.go:24:21: visit does not escape
./prog_binary_tree.go:33:7: t does not escape
./prog_binary_tree.go:47:7: t does not escape
./prog_binary_tree.go:58:7: t does not escape
./prog_binary_tree.go:65:13: parameter t leaks to {heap} with derefs=0:
./prog_binary_tree.go:65:13:   flow: ~r0 = t:
./prog_binary_tree.go:65:13:     from return t (return) at ./prog_binary_tree.go:85:2
./prog_binary_tree.go:65:13:   flow: {heap} = ~r0:
./prog_binary_tree.go:65:13:     from t.Left = remove(t.Left, k) (assign) at ./prog_binary_tree.go:71:10
./prog_binary_tree.go:65:13: parameter t leaks to {heap} with derefs=0:
./prog_binary_tree.go:65:13:   flow: ~r0 = t:
./prog_binary_tree.go:65:13:     from return t (return) at ./prog_binary_tree.go:85:2
./prog_binary_tree.go:65:13:   flow: {heap} = ~r0:
./prog_binary_tree.go:65:13:     from t.Left = remove(t.Left, k) (assign) at ./prog_binary_tree.go:71:10
./prog_binary_tree.go:65:13: parameter t leaks to ~r0 with derefs=0:
./prog_binary_tree.go:65:13:   flow: ~r0 = t:
./prog_binary_tree.go:65:13:     from return t (return) at ./prog_binary_tree.go:85:2
./prog_binary_tree.go:65:13: parameter t leaks to ~r0 with derefs=0:
./prog_binary_tree.go:65:13:   flow: ~r0 = t:
./prog_binary_tree.go:65:13:     from return t (return) at ./prog_binary_tree.go:85:2
./prog_binary_tree.go:65:13: leaking param: t
./prog_binary_tree.go:89:6: keys capturing by ref: out (addr=false assign=true width=24)
./prog_binary_tree.go:88:11: t does not escape
./prog_binary_tree.go:90:9: func literal does not escape
./prog_binary_tree.go:101:2: main capturing by ref: sum (addr=false assign=true width=8)
./prog_binary_tree.go:115:33: len(keys(chain)) escapes to heap:
./prog_binary_tree.go:115:33:   flow: {storage for ... argument} = &{storage for len(keys(chain))}:
./prog_binary_tree.go:115:33:     from len(keys(chain)) (spill) at ./prog_binary_tree.go:115:33
./prog_binary_tree.go:115:33:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:115:13
./prog_binary_tree.go:115:33:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:115:33:     from ... argument (spill) at ./prog_binary_tree.go:115:13
./prog_binary_tree.go:115:33:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:115:13
./prog_binary_tree.go:115:26: (*Tree).Height(chain) escapes to heap:
./prog_binary_tree.go:115:26:   flow: {storage for ... argument} = &{storage for (*Tree).Height(chain)}:
./prog_binary_tree.go:115:26:     from (*Tree).Height(chain) (spill) at ./prog_binary_tree.go:115:26
./prog_binary_tree.go:115:26:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:115:13
./prog_binary_tree.go:115:26:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:115:26:     from ... argument (spill) at ./prog_binary_tree.go:115:13
./prog_binary_tree.go:115:26:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:115:13
./prog_binary_tree.go:108:47: (*Tree).Height(root) escapes to heap:
./prog_binary_tree.go:108:47:   flow: {storage for ... argument} = &{storage for (*Tree).Height(root)}:
./prog_binary_tree.go:108:47:     from (*Tree).Height(root) (spill) at ./prog_binary_tree.go:108:47
./prog_binary_tree.go:108:47:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:108:13
./prog_binary_tree.go:108:47:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:108:47:     from ... argument (spill) at ./prog_binary_tree.go:108:13
./prog_binary_tree.go:108:47:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:108:13
./prog_binary_tree.go:108:30: root.Key escapes to heap:
./prog_binary_tree.go:108:30:   flow: {storage for ... argument} = &{storage for root.Key}:
./prog_binary_tree.go:108:30:     from root.Key (spill) at ./prog_binary_tree.go:108:30
./prog_binary_tree.go:108:30:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:108:13
./prog_binary_tree.go:108:30:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:108:30:     from ... argument (spill) at ./prog_binary_tree.go:108:13
./prog_binary_tree.go:108:30:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:108:13
./prog_binary_tree.go:108:18: keys(root) escapes to heap:
./prog_binary_tree.go:108:18:   flow: {storage for ... argument} = &{storage for keys(root)}:
./prog_binary_tree.go:108:18:     from keys(root) (spill) at ./prog_binary_tree.go:108:18
./prog_binary_tree.go:108:18:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:108:13
./prog_binary_tree.go:108:18:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:108:18:     from ... argument (spill) at ./prog_binary_tree.go:108:13
./prog_binary_tree.go:108:18:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:108:13
./prog_binary_tree.go:103:13: sum escapes to heap:
./prog_binary_tree.go:103:13:   flow: {storage for ... argument} = &{storage for sum}:
./prog_binary_tree.go:103:13:     from sum (spill) at ./prog_binary_tree.go:103:13
./prog_binary_tree.go:103:13:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:103:13
./prog_binary_tree.go:103:13:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:103:13:     from ... argument (spill) at ./prog_binary_tree.go:103:13
./prog_binary_tree.go:103:13:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:103:13
./prog_binary_tree.go:100:73: (*Tree).Contains(root, 46) escapes to heap:
./prog_binary_tree.go:100:73:   flow: {storage for ... argument} = &{storage for (*Tree).Contains(root, 46)}:
./prog_binary_tree.go:100:73:     from (*Tree).Contains(root, 46) (spill) at ./prog_binary_tree.go:100:73
./prog_binary_tree.go:100:73:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:73:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:100:73:     from ... argument (spill) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:73:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:54: (*Tree).Contains(root, 45) escapes to heap:
./prog_binary_tree.go:100:54:   flow: {storage for ... argument} = &{storage for (*Tree).Contains(root, 45)}:
./prog_binary_tree.go:100:54:     from (*Tree).Contains(root, 45) (spill) at ./prog_binary_tree.go:100:54
./prog_binary_tree.go:100:54:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:54:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:100:54:     from ... argument (spill) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:54:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:37: (*Tree).Min(root) escapes to heap:
./prog_binary_tree.go:100:37:   flow: {storage for ... argument} = &{storage for (*Tree).Min(root)}:
./prog_binary_tree.go:100:37:     from (*Tree).Min(root) (spill) at ./prog_binary_tree.go:100:37
./prog_binary_tree.go:100:37:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:37:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:100:37:     from ... argument (spill) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:37:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:25: (*Tree).Height(root) escapes to heap:
./prog_binary_tree.go:100:25:   flow: {storage for ... argument} = &{storage for (*Tree).Height(root)}:
./prog_binary_tree.go:100:25:     from (*Tree).Height(root) (spill) at ./prog_binary_tree.go:100:25
./prog_binary_tree.go:100:25:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:25:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:100:25:     from ... argument (spill) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:100:25:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:100:13
./prog_binary_tree.go:99:18: keys(root) escapes to heap:
./prog_binary_tree.go:99:18:   flow: {storage for ... argument} = &{storage for keys(root)}:
./prog_binary_tree.go:99:18:     from keys(root) (spill) at ./prog_binary_tree.go:99:18
./prog_binary_tree.go:99:18:     from ... argument (slice-literal-element) at ./prog_binary_tree.go:99:13
./prog_binary_tree.go:99:18:   flow: {heap} = {storage for ... argument}:
./prog_binary_tree.go:99:18:     from ... argument (spill) at ./prog_binary_tree.go:99:13
./prog_binary_tree.go:99:18:     from fmt.Println(... argument...) (call parameter) at ./prog_binary_tree.go:99:13
./prog_binary_tree.go:96:25: []int{...} does not escape
./prog_binary_tree.go:99:13: ... argument does not escape
./prog_binary_tree.go:99:18: keys(root) escapes to heap
./prog_binary_tree.go:100:13: ... argument does not escape
./prog_binary_tree.go:100:25: (*Tree).Height(root) escapes to heap
./prog_binary_tree.go:100:37: (*Tree).Min(root) escapes to heap
./prog_binary_tree.go:100:54: (*Tree).Contains(root, 45) escapes to heap
./prog_binary_tree.go:100:73: (*Tree).Contains(root, 46) escapes to heap
./prog_binary_tree.go:102:12: func literal does not escape
./prog_binary_tree.go:103:13: ... argument does not escape
./prog_binary_tree.go:103:13: sum escapes to heap
./prog_binary_tree.go:108:13: ... argument does not escape
./prog_binary_tree.go:108:18: keys(root) escapes to heap
./prog_binary_tree.go:108:30: root.Key escapes to heap
./prog_binary_tree.go:108:47: (*Tree).Height(root) escapes to heap
./prog_binary_tree.go:115:13: ... argument does not escape
./prog_binary_tree.go:115:26: (*Tree).Height(chain) escapes to heap
./prog_binary_tree.go:115:33: len(keys(chain)) escapes to heap
