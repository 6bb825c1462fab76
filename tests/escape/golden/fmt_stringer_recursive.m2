./fmt_stringer_recursive.go:13:7: parameter n leaks to {heap} with derefs=1:
./fmt_stringer_recursive.go:13:7:   flow: {storage for ... argument} = *n:
./fmt_stringer_recursive.go:13:7:     from n.Next (dot of pointer) at ./fmt_stringer_recursive.go:17:39
./fmt_stringer_recursive.go:13:7:     from n.Next (interface-converted) at ./fmt_stringer_recursive.go:17:39
./fmt_stringer_recursive.go:13:7:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:17:20
./fmt_stringer_recursive.go:13:7:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:13:7:     from ... argument (spill) at ./fmt_stringer_recursive.go:17:20
./fmt_stringer_recursive.go:13:7:     from fmt.Sprintf("%d->%v", ... argument...) (call parameter) at ./fmt_stringer_recursive.go:17:20
./fmt_stringer_recursive.go:17:32: n.Val escapes to heap:
./fmt_stringer_recursive.go:17:32:   flow: {storage for ... argument} = &{storage for n.Val}:
./fmt_stringer_recursive.go:17:32:     from n.Val (spill) at ./fmt_stringer_recursive.go:17:32
./fmt_stringer_recursive.go:17:32:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:17:20
./fmt_stringer_recursive.go:17:32:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:17:32:     from ... argument (spill) at ./fmt_stringer_recursive.go:17:20
./fmt_stringer_recursive.go:17:32:     from fmt.Sprintf("%d->%v", ... argument...) (call parameter) at ./fmt_stringer_recursive.go:17:20
./fmt_stringer_recursive.go:13:7: leaking param content: n
./fmt_stringer_recursive.go:17:20: ... argument does not escape
./fmt_stringer_recursive.go:17:32: n.Val escapes to heap
./fmt_stringer_recursive.go:29:41: t.V escapes to heap:
./fmt_stringer_recursive.go:29:41:   flow: {storage for ... argument} = &{storage for t.V}:
./fmt_stringer_recursive.go:29:41:     from t.V (spill) at ./fmt_stringer_recursive.go:29:41
./fmt_stringer_recursive.go:29:41:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:29:20
./fmt_stringer_recursive.go:29:41:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:29:41:     from ... argument (spill) at ./fmt_stringer_recursive.go:29:20
./fmt_stringer_recursive.go:29:41:     from fmt.Sprintf("(%v %s %v)", ... argument...) (call parameter) at ./fmt_stringer_recursive.go:29:20
./fmt_stringer_recursive.go:25:7: parameter t leaks to {heap} with derefs=1:
./fmt_stringer_recursive.go:25:7:   flow: {storage for ... argument} = *t:
./fmt_stringer_recursive.go:25:7:     from t.L (dot of pointer) at ./fmt_stringer_recursive.go:29:36
./fmt_stringer_recursive.go:25:7:     from t.L (interface-converted) at ./fmt_stringer_recursive.go:29:36
./fmt_stringer_recursive.go:25:7:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:29:20
./fmt_stringer_recursive.go:25:7:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:25:7:     from ... argument (spill) at ./fmt_stringer_recursive.go:29:20
./fmt_stringer_recursive.go:25:7:     from fmt.Sprintf("(%v %s %v)", ... argument...) (call parameter) at ./fmt_stringer_recursive.go:29:20
./fmt_stringer_recursive.go:25:7: parameter t leaks to {storage for t.V} with derefs=1:
./fmt_stringer_recursive.go:25:7:   flow: {storage for t.V} = *t:
./fmt_stringer_recursive.go:25:7:     from t.V (dot of pointer) at ./fmt_stringer_recursive.go:29:41
./fmt_stringer_recursive.go:25:7:     from t.V (interface-converted) at ./fmt_stringer_recursive.go:29:41
./fmt_stringer_recursive.go:25:7: leaking param content: t
./fmt_stringer_recursive.go:29:20: ... argument does not escape
./fmt_stringer_recursive.go:29:41: t.V escapes to heap
./fmt_stringer_recursive.go:36:53: d escapes to heap:
./fmt_stringer_recursive.go:36:53:   flow: {storage for ... argument} = &{storage for d}:
./fmt_stringer_recursive.go:36:53:     from d (spill) at ./fmt_stringer_recursive.go:36:53
./fmt_stringer_recursive.go:36:53:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:36:53
./fmt_stringer_recursive.go:36:53:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:36:53:     from ... argument (spill) at ./fmt_stringer_recursive.go:36:53
./fmt_stringer_recursive.go:36:53:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_recursive.go:36:53
./fmt_stringer_recursive.go:36:9: &Tree{...} escapes to heap:
./fmt_stringer_recursive.go:36:9:   flow: ~r0 = &{storage for &Tree{...}}:
./fmt_stringer_recursive.go:36:9:     from &Tree{...} (spill) at ./fmt_stringer_recursive.go:36:9
./fmt_stringer_recursive.go:36:9:     from return &Tree{...} (return) at ./fmt_stringer_recursive.go:36:2
./fmt_stringer_recursive.go:36:9: &Tree{...} escapes to heap
./fmt_stringer_recursive.go:36:53: ... argument does not escape
./fmt_stringer_recursive.go:36:53: d escapes to heap
./fmt_stringer_recursive.go:45:52: in.depth escapes to heap:
./fmt_stringer_recursive.go:45:52:   flow: {storage for ... argument} = &{storage for in.depth}:
./fmt_stringer_recursive.go:45:52:     from in.depth (spill) at ./fmt_stringer_recursive.go:45:52
./fmt_stringer_recursive.go:45:52:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:45:49
./fmt_stringer_recursive.go:45:52:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:45:52:     from ... argument (spill) at ./fmt_stringer_recursive.go:45:49
./fmt_stringer_recursive.go:45:52:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_recursive.go:45:49
./fmt_stringer_recursive.go:47:13: "\n" + Indent.String(k) escapes to heap:
./fmt_stringer_recursive.go:47:13:   flow: b = &{storage for "\n" + Indent.String(k)}:
./fmt_stringer_recursive.go:47:13:     from "\n" + Indent.String(k) (spill) at ./fmt_stringer_recursive.go:47:13
./fmt_stringer_recursive.go:47:13:     from b += "\n" + Indent.String(k) (assign) at ./fmt_stringer_recursive.go:47:5
./fmt_stringer_recursive.go:45:37: strings.Repeat(" ", in.depth) + fmt.Sprint(... argument...) escapes to heap:
./fmt_stringer_recursive.go:45:37:   flow: b = &{storage for strings.Repeat(" ", in.depth) + fmt.Sprint(... argument...)}:
./fmt_stringer_recursive.go:45:37:     from strings.Repeat(" ", in.depth) + fmt.Sprint(... argument...) (spill) at ./fmt_stringer_recursive.go:45:37
./fmt_stringer_recursive.go:45:37:     from b := strings.Repeat(" ", in.depth) + fmt.Sprint(... argument...) (assign) at ./fmt_stringer_recursive.go:45:4
./fmt_stringer_recursive.go:45:37:   flow: ~r0 = b:
./fmt_stringer_recursive.go:45:37:     from return b (return) at ./fmt_stringer_recursive.go:49:2
./fmt_stringer_recursive.go:44:7: in does not escape
./fmt_stringer_recursive.go:45:37: strings.Repeat(" ", in.depth) + fmt.Sprint(... argument...) escapes to heap
./fmt_stringer_recursive.go:45:49: ... argument does not escape
./fmt_stringer_recursive.go:45:52: in.depth escapes to heap
./fmt_stringer_recursive.go:47:13: "\n" + Indent.String(k) escapes to heap
./fmt_stringer_recursive.go:63:70: &Node{...} escapes to heap:
./fmt_stringer_recursive.go:63:70:   flow: {heap} = &{storage for &Node{...}}:
./fmt_stringer_recursive.go:63:70:     from &Node{...} (spill) at ./fmt_stringer_recursive.go:63:70
./fmt_stringer_recursive.go:63:70:     from map[string]*Node{...} (map literal value) at ./fmt_stringer_recursive.go:63:64
./fmt_stringer_recursive.go:63:74: &Node{...} escapes to heap:
./fmt_stringer_recursive.go:63:74:   flow: {storage for &Node{...}} = &{storage for &Node{...}}:
./fmt_stringer_recursive.go:63:74:     from &Node{...} (spill) at ./fmt_stringer_recursive.go:63:74
./fmt_stringer_recursive.go:63:74:     from Node{...} (struct literal element) at ./fmt_stringer_recursive.go:63:70
./fmt_stringer_recursive.go:63:64: map[string]*Node{...} escapes to heap:
./fmt_stringer_recursive.go:63:64:   flow: {storage for ... argument} = &{storage for map[string]*Node{...}}:
./fmt_stringer_recursive.go:63:64:     from map[string]*Node{...} (spill) at ./fmt_stringer_recursive.go:63:64
./fmt_stringer_recursive.go:63:64:     from map[string]*Node{...} (interface-converted) at ./fmt_stringer_recursive.go:63:64
./fmt_stringer_recursive.go:63:64:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:63:12
./fmt_stringer_recursive.go:63:64:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:63:64:     from ... argument (spill) at ./fmt_stringer_recursive.go:63:12
./fmt_stringer_recursive.go:63:64:     from fmt.Printf("%v|%s\n", ... argument...) (call parameter) at ./fmt_stringer_recursive.go:63:12
./fmt_stringer_recursive.go:63:31: []*Node{...} escapes to heap:
./fmt_stringer_recursive.go:63:31:   flow: {storage for ... argument} = &{storage for []*Node{...}}:
./fmt_stringer_recursive.go:63:31:     from []*Node{...} (spill) at ./fmt_stringer_recursive.go:63:31
./fmt_stringer_recursive.go:63:31:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:63:12
./fmt_stringer_recursive.go:63:31:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:63:31:     from ... argument (spill) at ./fmt_stringer_recursive.go:63:12
./fmt_stringer_recursive.go:63:31:     from fmt.Printf("%v|%s\n", ... argument...) (call parameter) at ./fmt_stringer_recursive.go:63:12
./fmt_stringer_recursive.go:62:13: in escapes to heap:
./fmt_stringer_recursive.go:62:13:   flow: {storage for ... argument} = &{storage for in}:
./fmt_stringer_recursive.go:62:13:     from in (spill) at ./fmt_stringer_recursive.go:62:13
./fmt_stringer_recursive.go:62:13:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:62:13
./fmt_stringer_recursive.go:62:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:62:13:     from ... argument (spill) at ./fmt_stringer_recursive.go:62:13
./fmt_stringer_recursive.go:62:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_recursive.go:62:13
./fmt_stringer_recursive.go:60:17: len(fmt.Sprint(... argument...)) escapes to heap:
./fmt_stringer_recursive.go:60:17:   flow: {storage for ... argument} = &{storage for len(fmt.Sprint(... argument...))}:
./fmt_stringer_recursive.go:60:17:     from len(fmt.Sprint(... argument...)) (spill) at ./fmt_stringer_recursive.go:60:17
./fmt_stringer_recursive.go:60:17:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:60:13
./fmt_stringer_recursive.go:60:17:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:60:17:     from ... argument (spill) at ./fmt_stringer_recursive.go:60:13
./fmt_stringer_recursive.go:60:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_recursive.go:60:13
./fmt_stringer_recursive.go:58:23: s[:40] escapes to heap:
./fmt_stringer_recursive.go:58:23:   flow: {storage for ... argument} = &{storage for s[:40]}:
./fmt_stringer_recursive.go:58:23:     from s[:40] (spill) at ./fmt_stringer_recursive.go:58:23
./fmt_stringer_recursive.go:58:23:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:58:13
./fmt_stringer_recursive.go:58:23:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:58:23:     from ... argument (spill) at ./fmt_stringer_recursive.go:58:13
./fmt_stringer_recursive.go:58:23:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_recursive.go:58:13
./fmt_stringer_recursive.go:58:17: len(s) escapes to heap:
./fmt_stringer_recursive.go:58:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./fmt_stringer_recursive.go:58:17:     from len(s) (spill) at ./fmt_stringer_recursive.go:58:17
./fmt_stringer_recursive.go:58:17:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:58:13
./fmt_stringer_recursive.go:58:17:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:58:17:     from ... argument (spill) at ./fmt_stringer_recursive.go:58:13
./fmt_stringer_recursive.go:58:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_recursive.go:58:13
./fmt_stringer_recursive.go:55:10: &Node{...} escapes to heap:
./fmt_stringer_recursive.go:55:10:   flow: head = &{storage for &Node{...}}:
./fmt_stringer_recursive.go:55:10:     from &Node{...} (spill) at ./fmt_stringer_recursive.go:55:10
./fmt_stringer_recursive.go:55:10:     from head = &Node{...} (assign) at ./fmt_stringer_recursive.go:55:8
./fmt_stringer_recursive.go:55:10:   flow: {storage for ... argument} = head:
./fmt_stringer_recursive.go:55:10:     from head (interface-converted) at ./fmt_stringer_recursive.go:57:17
./fmt_stringer_recursive.go:55:10:     from ... argument (slice-literal-element) at ./fmt_stringer_recursive.go:57:17
./fmt_stringer_recursive.go:55:10:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_recursive.go:55:10:     from ... argument (spill) at ./fmt_stringer_recursive.go:57:17
./fmt_stringer_recursive.go:55:10:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_recursive.go:57:17
./fmt_stringer_recursive.go:63:31: []*Node{...} escapes to heap:
./fmt_stringer_recursive.go:63:31:   flow: {storage for []*Node{...}} = &{storage for []*Node{...}}:
./fmt_stringer_recursive.go:63:31:     from []*Node{...} (spill) at ./fmt_stringer_recursive.go:63:31
./fmt_stringer_recursive.go:63:31:     from []*Node{...} (interface-converted) at ./fmt_stringer_recursive.go:63:31
./fmt_stringer_recursive.go:63:32: &Node{...} escapes to heap:
./fmt_stringer_recursive.go:63:32:   flow: {storage for []*Node{...}} = &{storage for &Node{...}}:
./fmt_stringer_recursive.go:63:32:     from &Node{...} (spill) at ./fmt_stringer_recursive.go:63:32
./fmt_stringer_recursive.go:63:32:     from []*Node{...} (slice-literal-element) at ./fmt_stringer_recursive.go:63:31
./fmt_stringer_recursive.go:61:26: []Indent{...} escapes to heap:
./fmt_stringer_recursive.go:61:26:   flow: in = &{storage for []Indent{...}}:
./fmt_stringer_recursive.go:61:26:     from []Indent{...} (spill) at ./fmt_stringer_recursive.go:61:26
./fmt_stringer_recursive.go:61:26:     from Indent{...} (struct literal element) at ./fmt_stringer_recursive.go:61:14
./fmt_stringer_recursive.go:61:26:     from in := Indent{...} (assign) at ./fmt_stringer_recursive.go:61:5
./fmt_stringer_recursive.go:61:26:   flow: {storage for in} = in:
./fmt_stringer_recursive.go:61:26:     from in (interface-converted) at ./fmt_stringer_recursive.go:62:13
./fmt_stringer_recursive.go:61:39: []Indent{...} escapes to heap:
./fmt_stringer_recursive.go:61:39:   flow: {storage for []Indent{...}} = &{storage for []Indent{...}}:
./fmt_stringer_recursive.go:61:39:     from []Indent{...} (spill) at ./fmt_stringer_recursive.go:61:39
./fmt_stringer_recursive.go:61:39:     from Indent{...} (struct literal element) at ./fmt_stringer_recursive.go:61:27
./fmt_stringer_recursive.go:61:39:     from []Indent{...} (slice-literal-element) at ./fmt_stringer_recursive.go:61:26
./fmt_stringer_recursive.go:55:10: &Node{...} escapes to heap
./fmt_stringer_recursive.go:57:17: ... argument does not escape
./fmt_stringer_recursive.go:58:13: ... argument does not escape
./fmt_stringer_recursive.go:58:17: len(s) escapes to heap
./fmt_stringer_recursive.go:58:23: s[:40] escapes to heap
./fmt_stringer_recursive.go:59:13: ... argument does not escape
./fmt_stringer_recursive.go:60:13: ... argument does not escape
./fmt_stringer_recursive.go:60:17: len(fmt.Sprint(... argument...)) escapes to heap
./fmt_stringer_recursive.go:60:28: ... argument does not escape
./fmt_stringer_recursive.go:61:26: []Indent{...} escapes to heap
./fmt_stringer_recursive.go:61:39: []Indent{...} escapes to heap
./fmt_stringer_recursive.go:62:13: ... argument does not escape
./fmt_stringer_recursive.go:62:13: in escapes to heap
./fmt_stringer_recursive.go:63:12: ... argument does not escape
./fmt_stringer_recursive.go:63:31: []*Node{...} escapes to heap
./fmt_stringer_recursive.go:63:31: []*Node{...} escapes to heap
./fmt_stringer_recursive.go:63:32: &Node{...} escapes to heap
./fmt_stringer_recursive.go:63:64: map[string]*Node{...} escapes to heap
./fmt_stringer_recursive.go:63:70: &Node{...} escapes to heap
./fmt_stringer_recursive.go:63:74: &Node{...} escapes to heap
