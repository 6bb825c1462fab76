./method_value_bound.go:11:7: a does not escape
./method_value_bound.go:12:7: a does not escape
./method_value_bound.go:32:34: accs[i].Add escapes to heap:
./method_value_bound.go:32:34:   flow: {heap} = &{storage for accs[i].Add}:
./method_value_bound.go:32:34:     from accs[i].Add (spill) at ./method_value_bound.go:32:34
./method_value_bound.go:32:34:     from append(adders, accs[i].Add) (call parameter) at ./method_value_bound.go:32:18
./method_value_bound.go:43:26: x.Show escapes to heap:
./method_value_bound.go:43:26:   flow: {heap} = &{storage for x.Show}:
./method_value_bound.go:43:26:     from x.Show (spill) at ./method_value_bound.go:43:26
./method_value_bound.go:43:26:     from append(shows, x.Show) (call parameter) at ./method_value_bound.go:43:17
./method_value_bound.go:51:28: x.PShow escapes to heap:
./method_value_bound.go:51:28:   flow: {heap} = &{storage for x.PShow}:
./method_value_bound.go:51:28:     from x.PShow (spill) at ./method_value_bound.go:51:28
./method_value_bound.go:51:28:     from append(pshows, x.PShow) (call parameter) at ./method_value_bound.go:51:18
./method_value_bound.go:18:10: a.Add escapes to heap:
./method_value_bound.go:18:10:   flow: add = &{storage for a.Add}:
./method_value_bound.go:18:10:     from a.Add (spill) at ./method_value_bound.go:18:10
./method_value_bound.go:18:10:     from add := a.Add (assign) at ./method_value_bound.go:18:6
./method_value_bound.go:18:10:   flow: {storage for ... argument} = add:
./method_value_bound.go:18:10:     from add (interface-converted) at ./method_value_bound.go:63:13
./method_value_bound.go:18:10:     from ... argument (slice-literal-element) at ./method_value_bound.go:63:12
./method_value_bound.go:18:10:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:18:10:     from ... argument (spill) at ./method_value_bound.go:63:12
./method_value_bound.go:18:10:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./method_value_bound.go:63:12
./method_value_bound.go:60:9: b.Show escapes to heap:
./method_value_bound.go:60:9:   flow: bs = &{storage for b.Show}:
./method_value_bound.go:60:9:     from b.Show (spill) at ./method_value_bound.go:60:9
./method_value_bound.go:60:9:     from bs := b.Show (assign) at ./method_value_bound.go:60:5
./method_value_bound.go:60:9:   flow: {storage for ... argument} = bs:
./method_value_bound.go:60:9:     from bs (interface-converted) at ./method_value_bound.go:63:13
./method_value_bound.go:60:9:     from ... argument (slice-literal-element) at ./method_value_bound.go:63:12
./method_value_bound.go:60:9:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:60:9:     from ... argument (spill) at ./method_value_bound.go:63:12
./method_value_bound.go:60:9:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./method_value_bound.go:63:12
./method_value_bound.go:62:26: Acc.Show(b) escapes to heap:
./method_value_bound.go:62:26:   flow: {storage for ... argument} = &{storage for Acc.Show(b)}:
./method_value_bound.go:62:26:     from Acc.Show(b) (spill) at ./method_value_bound.go:62:26
./method_value_bound.go:62:26:     from ... argument (slice-literal-element) at ./method_value_bound.go:62:13
./method_value_bound.go:62:26:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:62:26:     from ... argument (spill) at ./method_value_bound.go:62:13
./method_value_bound.go:62:26:     from fmt.Println(... argument...) (call parameter) at ./method_value_bound.go:62:13
./method_value_bound.go:62:16: bs() escapes to heap:
./method_value_bound.go:62:16:   flow: {storage for ... argument} = &{storage for bs()}:
./method_value_bound.go:62:16:     from bs() (spill) at ./method_value_bound.go:62:16
./method_value_bound.go:62:16:     from ... argument (slice-literal-element) at ./method_value_bound.go:62:13
./method_value_bound.go:62:16:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:62:16:     from ... argument (spill) at ./method_value_bound.go:62:13
./method_value_bound.go:62:16:     from fmt.Println(... argument...) (call parameter) at ./method_value_bound.go:62:13
./method_value_bound.go:54:18: " " escapes to heap:
./method_value_bound.go:54:18:   flow: {storage for ... argument} = &{storage for " "}:
./method_value_bound.go:54:18:     from " " (spill) at ./method_value_bound.go:54:18
./method_value_bound.go:54:18:     from ... argument (slice-literal-element) at ./method_value_bound.go:54:12
./method_value_bound.go:54:18:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:54:18:     from ... argument (spill) at ./method_value_bound.go:54:12
./method_value_bound.go:54:18:     from fmt.Print(... argument...) (call parameter) at ./method_value_bound.go:54:12
./method_value_bound.go:54:14: f() escapes to heap:
./method_value_bound.go:54:14:   flow: {storage for ... argument} = &{storage for f()}:
./method_value_bound.go:54:14:     from f() (spill) at ./method_value_bound.go:54:14
./method_value_bound.go:54:14:     from ... argument (slice-literal-element) at ./method_value_bound.go:54:12
./method_value_bound.go:54:14:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:54:14:     from ... argument (spill) at ./method_value_bound.go:54:12
./method_value_bound.go:54:14:     from fmt.Print(... argument...) (call parameter) at ./method_value_bound.go:54:12
./method_value_bound.go:46:18: " " escapes to heap:
./method_value_bound.go:46:18:   flow: {storage for ... argument} = &{storage for " "}:
./method_value_bound.go:46:18:     from " " (spill) at ./method_value_bound.go:46:18
./method_value_bound.go:46:18:     from ... argument (slice-literal-element) at ./method_value_bound.go:46:12
./method_value_bound.go:46:18:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:46:18:     from ... argument (spill) at ./method_value_bound.go:46:12
./method_value_bound.go:46:18:     from fmt.Print(... argument...) (call parameter) at ./method_value_bound.go:46:12
./method_value_bound.go:46:14: f() escapes to heap:
./method_value_bound.go:46:14:   flow: {storage for ... argument} = &{storage for f()}:
./method_value_bound.go:46:14:     from f() (spill) at ./method_value_bound.go:46:14
./method_value_bound.go:46:14:     from ... argument (slice-literal-element) at ./method_value_bound.go:46:12
./method_value_bound.go:46:14:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:46:14:     from ... argument (spill) at ./method_value_bound.go:46:12
./method_value_bound.go:46:14:     from fmt.Print(... argument...) (call parameter) at ./method_value_bound.go:46:12
./method_value_bound.go:37:13: accs escapes to heap:
./method_value_bound.go:37:13:   flow: {storage for ... argument} = &{storage for accs}:
./method_value_bound.go:37:13:     from accs (spill) at ./method_value_bound.go:37:13
./method_value_bound.go:37:13:     from ... argument (slice-literal-element) at ./method_value_bound.go:37:13
./method_value_bound.go:37:13:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:37:13:     from ... argument (spill) at ./method_value_bound.go:37:13
./method_value_bound.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./method_value_bound.go:37:13
./method_value_bound.go:26:26: Acc.Show(p) escapes to heap:
./method_value_bound.go:26:26:   flow: {storage for ... argument} = &{storage for Acc.Show(p)}:
./method_value_bound.go:26:26:     from Acc.Show(p) (spill) at ./method_value_bound.go:26:26
./method_value_bound.go:26:26:     from ... argument (slice-literal-element) at ./method_value_bound.go:26:13
./method_value_bound.go:26:26:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:26:26:     from ... argument (spill) at ./method_value_bound.go:26:13
./method_value_bound.go:26:26:     from fmt.Println(... argument...) (call parameter) at ./method_value_bound.go:26:13
./method_value_bound.go:26:16: vs() escapes to heap:
./method_value_bound.go:26:16:   flow: {storage for ... argument} = &{storage for vs()}:
./method_value_bound.go:26:16:     from vs() (spill) at ./method_value_bound.go:26:16
./method_value_bound.go:26:16:     from ... argument (slice-literal-element) at ./method_value_bound.go:26:13
./method_value_bound.go:26:16:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:26:16:     from ... argument (spill) at ./method_value_bound.go:26:13
./method_value_bound.go:26:16:     from fmt.Println(... argument...) (call parameter) at ./method_value_bound.go:26:13
./method_value_bound.go:21:36: pshow() escapes to heap:
./method_value_bound.go:21:36:   flow: {storage for ... argument} = &{storage for pshow()}:
./method_value_bound.go:21:36:     from pshow() (spill) at ./method_value_bound.go:21:36
./method_value_bound.go:21:36:     from ... argument (slice-literal-element) at ./method_value_bound.go:21:13
./method_value_bound.go:21:36:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:21:36:     from ... argument (spill) at ./method_value_bound.go:21:13
./method_value_bound.go:21:36:     from fmt.Println(... argument...) (call parameter) at ./method_value_bound.go:21:13
./method_value_bound.go:21:27: show() escapes to heap:
./method_value_bound.go:21:27:   flow: {storage for ... argument} = &{storage for show()}:
./method_value_bound.go:21:27:     from show() (spill) at ./method_value_bound.go:21:27
./method_value_bound.go:21:27:     from ... argument (slice-literal-element) at ./method_value_bound.go:21:13
./method_value_bound.go:21:27:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:21:27:     from ... argument (spill) at ./method_value_bound.go:21:13
./method_value_bound.go:21:27:     from fmt.Println(... argument...) (call parameter) at ./method_value_bound.go:21:13
./method_value_bound.go:21:15: a.total escapes to heap:
./method_value_bound.go:21:15:   flow: {storage for ... argument} = &{storage for a.total}:
./method_value_bound.go:21:15:     from a.total (spill) at ./method_value_bound.go:21:15
./method_value_bound.go:21:15:     from ... argument (slice-literal-element) at ./method_value_bound.go:21:13
./method_value_bound.go:21:15:   flow: {heap} = {storage for ... argument}:
./method_value_bound.go:21:15:     from ... argument (spill) at ./method_value_bound.go:21:13
./method_value_bound.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./method_value_bound.go:21:13
./method_value_bound.go:50:9: x escapes to heap:
./method_value_bound.go:50:9:   flow: {temp} = &x:
./method_value_bound.go:50:9:     from x (address-of) at ./method_value_bound.go:51:28
./method_value_bound.go:50:9:   flow: {storage for x.PShow} = {temp}:
./method_value_bound.go:29:15: []Acc{...} escapes to heap:
./method_value_bound.go:29:15:   flow: accs = &{storage for []Acc{...}}:
./method_value_bound.go:29:15:     from []Acc{...} (spill) at ./method_value_bound.go:29:15
./method_value_bound.go:29:15:     from accs := []Acc{...} (assign) at ./method_value_bound.go:29:7
./method_value_bound.go:29:15:   flow: {storage for accs} = accs:
./method_value_bound.go:29:15:     from accs (interface-converted) at ./method_value_bound.go:37:13
./method_value_bound.go:15:2: a escapes to heap:
./method_value_bound.go:15:2:   flow: {temp} = &a:
./method_value_bound.go:15:2:     from a (address-of) at ./method_value_bound.go:18:10
./method_value_bound.go:15:2:   flow: {storage for a.Add} = {temp}:
./method_value_bound.go:15:2: moved to heap: a
./method_value_bound.go:50:9: moved to heap: x
./method_value_bound.go:16:11: a.Show does not escape
./method_value_bound.go:17:12: a.PShow does not escape
./method_value_bound.go:18:10: a.Add escapes to heap
./method_value_bound.go:21:13: ... argument does not escape
./method_value_bound.go:21:15: a.total escapes to heap
./method_value_bound.go:21:27: show() escapes to heap
./method_value_bound.go:21:36: pshow() escapes to heap
./method_value_bound.go:23:7: &Acc{...} does not escape
./method_value_bound.go:24:9: p.Show does not escape
./method_value_bound.go:26:13: ... argument does not escape
./method_value_bound.go:26:16: vs() escapes to heap
./method_value_bound.go:26:26: Acc.Show(p) escapes to heap
./method_value_bound.go:29:15: []Acc{...} escapes to heap
./method_value_bound.go:32:34: accs[i].Add escapes to heap
./method_value_bound.go:37:13: ... argument does not escape
./method_value_bound.go:37:13: accs escapes to heap
./method_value_bound.go:43:26: x.Show escapes to heap
./method_value_bound.go:46:12: ... argument does not escape
./method_value_bound.go:46:14: f() escapes to heap
./method_value_bound.go:46:18: " " escapes to heap
./method_value_bound.go:51:28: x.PShow escapes to heap
./method_value_bound.go:54:12: ... argument does not escape
./method_value_bound.go:54:14: f() escapes to heap
./method_value_bound.go:54:18: " " escapes to heap
./method_value_bound.go:60:9: b.Show escapes to heap
./method_value_bound.go:62:13: ... argument does not escape
./method_value_bound.go:62:16: bs() escapes to heap
./method_value_bound.go:62:26: Acc.Show(b) escapes to heap
./method_value_bound.go:63:12: ... argument does not escape
