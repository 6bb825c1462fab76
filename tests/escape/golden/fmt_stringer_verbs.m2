./fmt_stringer_verbs.go:11:68: v.Y escapes to heap:
./fmt_stringer_verbs.go:11:68:   flow: {storage for ... argument} = &{storage for v.Y}:
./fmt_stringer_verbs.go:11:68:     from v.Y (spill) at ./fmt_stringer_verbs.go:11:68
./fmt_stringer_verbs.go:11:68:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:11:50
./fmt_stringer_verbs.go:11:68:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:11:68:     from ... argument (spill) at ./fmt_stringer_verbs.go:11:50
./fmt_stringer_verbs.go:11:68:     from fmt.Sprintf("<%d;%d>", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:11:50
./fmt_stringer_verbs.go:11:63: v.X escapes to heap:
./fmt_stringer_verbs.go:11:63:   flow: {storage for ... argument} = &{storage for v.X}:
./fmt_stringer_verbs.go:11:63:     from v.X (spill) at ./fmt_stringer_verbs.go:11:63
./fmt_stringer_verbs.go:11:63:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:11:50
./fmt_stringer_verbs.go:11:63:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:11:63:     from ... argument (spill) at ./fmt_stringer_verbs.go:11:50
./fmt_stringer_verbs.go:11:63:     from fmt.Sprintf("<%d;%d>", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:11:50
./fmt_stringer_verbs.go:11:50: ... argument does not escape
./fmt_stringer_verbs.go:11:63: v.X escapes to heap
./fmt_stringer_verbs.go:11:68: v.Y escapes to heap
./fmt_stringer_verbs.go:12:69: v.Y escapes to heap:
./fmt_stringer_verbs.go:12:69:   flow: {storage for ... argument} = &{storage for v.Y}:
./fmt_stringer_verbs.go:12:69:     from v.Y (spill) at ./fmt_stringer_verbs.go:12:69
./fmt_stringer_verbs.go:12:69:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:12:50
./fmt_stringer_verbs.go:12:69:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:12:69:     from ... argument (spill) at ./fmt_stringer_verbs.go:12:50
./fmt_stringer_verbs.go:12:69:     from fmt.Sprintf("V(%d,%d)", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:12:50
./fmt_stringer_verbs.go:12:64: v.X escapes to heap:
./fmt_stringer_verbs.go:12:64:   flow: {storage for ... argument} = &{storage for v.X}:
./fmt_stringer_verbs.go:12:64:     from v.X (spill) at ./fmt_stringer_verbs.go:12:64
./fmt_stringer_verbs.go:12:64:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:12:50
./fmt_stringer_verbs.go:12:64:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:12:64:     from ... argument (spill) at ./fmt_stringer_verbs.go:12:50
./fmt_stringer_verbs.go:12:64:     from fmt.Sprintf("V(%d,%d)", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:12:50
./fmt_stringer_verbs.go:12:50: ... argument does not escape
./fmt_stringer_verbs.go:12:64: v.X escapes to heap
./fmt_stringer_verbs.go:12:69: v.Y escapes to heap
./fmt_stringer_verbs.go:18:68: len(b) escapes to heap:
./fmt_stringer_verbs.go:18:68:   flow: {storage for ... argument} = &{storage for len(b)}:
./fmt_stringer_verbs.go:18:68:     from len(b) (spill) at ./fmt_stringer_verbs.go:18:68
./fmt_stringer_verbs.go:18:68:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:18:52
./fmt_stringer_verbs.go:18:68:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:18:68:     from ... argument (spill) at ./fmt_stringer_verbs.go:18:52
./fmt_stringer_verbs.go:18:68:     from fmt.Sprintf("%d bytes", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:18:52
./fmt_stringer_verbs.go:18:7: b does not escape
./fmt_stringer_verbs.go:18:52: ... argument does not escape
./fmt_stringer_verbs.go:18:68: len(b) escapes to heap
./fmt_stringer_verbs.go:37:13: s escapes to heap:
./fmt_stringer_verbs.go:37:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_stringer_verbs.go:37:13:     from s (spill) at ./fmt_stringer_verbs.go:37:13
./fmt_stringer_verbs.go:37:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:37:13
./fmt_stringer_verbs.go:37:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:37:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:37:13
./fmt_stringer_verbs.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_verbs.go:37:13
./fmt_stringer_verbs.go:36:19: v escapes to heap:
./fmt_stringer_verbs.go:36:19:   flow: {storage for ... argument} = &{storage for v}:
./fmt_stringer_verbs.go:36:19:     from v (spill) at ./fmt_stringer_verbs.go:36:19
./fmt_stringer_verbs.go:36:19:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:36:18
./fmt_stringer_verbs.go:36:19:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:36:19:     from ... argument (spill) at ./fmt_stringer_verbs.go:36:18
./fmt_stringer_verbs.go:36:19:     from fmt.Sprintf("%[2]v %[1]s %v", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:36:18
./fmt_stringer_verbs.go:36:19: c escapes to heap:
./fmt_stringer_verbs.go:36:19:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:36:19:     from c (spill) at ./fmt_stringer_verbs.go:36:19
./fmt_stringer_verbs.go:36:19:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:36:18
./fmt_stringer_verbs.go:36:19:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:36:19:     from ... argument (spill) at ./fmt_stringer_verbs.go:36:18
./fmt_stringer_verbs.go:36:19:     from fmt.Sprintf("%[2]v %[1]s %v", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:36:18
./fmt_stringer_verbs.go:35:13: c escapes to heap:
./fmt_stringer_verbs.go:35:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:35:13:     from c (spill) at ./fmt_stringer_verbs.go:35:13
./fmt_stringer_verbs.go:35:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:35:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13:     from fmt.Printf("%t|%e|%c|%U\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13: c escapes to heap:
./fmt_stringer_verbs.go:35:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:35:13:     from c (spill) at ./fmt_stringer_verbs.go:35:13
./fmt_stringer_verbs.go:35:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:35:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13:     from fmt.Printf("%t|%e|%c|%U\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13: c escapes to heap:
./fmt_stringer_verbs.go:35:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:35:13:     from c (spill) at ./fmt_stringer_verbs.go:35:13
./fmt_stringer_verbs.go:35:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:35:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13:     from fmt.Printf("%t|%e|%c|%U\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13: c escapes to heap:
./fmt_stringer_verbs.go:35:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:35:13:     from c (spill) at ./fmt_stringer_verbs.go:35:13
./fmt_stringer_verbs.go:35:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:35:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:35:13:     from fmt.Printf("%t|%e|%c|%U\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:35:12
./fmt_stringer_verbs.go:34:3: struct { C Color; c Color }{...} escapes to heap:
./fmt_stringer_verbs.go:34:3:   flow: {storage for ... argument} = &{storage for struct { C Color; c Color }{...}}:
./fmt_stringer_verbs.go:34:3:     from struct { C Color; c Color }{...} (spill) at ./fmt_stringer_verbs.go:34:3
./fmt_stringer_verbs.go:34:3:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:31:12
./fmt_stringer_verbs.go:34:3:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:34:3:     from ... argument (spill) at ./fmt_stringer_verbs.go:31:12
./fmt_stringer_verbs.go:34:3:     from fmt.Printf("%v %v\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:31:12
./fmt_stringer_verbs.go:31:37: []interface {}{...} escapes to heap:
./fmt_stringer_verbs.go:31:37:   flow: {storage for ... argument} = &{storage for []interface {}{...}}:
./fmt_stringer_verbs.go:31:37:     from []interface {}{...} (spill) at ./fmt_stringer_verbs.go:31:37
./fmt_stringer_verbs.go:31:37:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:31:12
./fmt_stringer_verbs.go:31:37:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:31:37:     from ... argument (spill) at ./fmt_stringer_verbs.go:31:12
./fmt_stringer_verbs.go:31:37:     from fmt.Printf("%v %v\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:31:12
./fmt_stringer_verbs.go:30:18: "\n" escapes to heap:
./fmt_stringer_verbs.go:30:18:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_stringer_verbs.go:30:18:     from "\n" (spill) at ./fmt_stringer_verbs.go:30:18
./fmt_stringer_verbs.go:30:18:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:30:18:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:30:18:     from ... argument (spill) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:30:18:     from fmt.Print(... argument...) (call parameter) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:30:11: v escapes to heap:
./fmt_stringer_verbs.go:30:11:   flow: {storage for ... argument} = &{storage for v}:
./fmt_stringer_verbs.go:30:11:     from v (spill) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:30:11:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:30:11:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:30:11:     from ... argument (spill) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:30:11:     from fmt.Print(... argument...) (call parameter) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:30:11: c escapes to heap:
./fmt_stringer_verbs.go:30:11:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:30:11:     from c (spill) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:30:11:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:30:11:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:30:11:     from ... argument (spill) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:30:11:     from fmt.Print(... argument...) (call parameter) at ./fmt_stringer_verbs.go:30:11
./fmt_stringer_verbs.go:29:66: map[Color]V{...} escapes to heap:
./fmt_stringer_verbs.go:29:66:   flow: {storage for ... argument} = &{storage for map[Color]V{...}}:
./fmt_stringer_verbs.go:29:66:     from map[Color]V{...} (spill) at ./fmt_stringer_verbs.go:29:66
./fmt_stringer_verbs.go:29:66:     from map[Color]V{...} (interface-converted) at ./fmt_stringer_verbs.go:29:66
./fmt_stringer_verbs.go:29:66:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:66:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:29:66:     from ... argument (spill) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:66:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:47: [2]Color{...} escapes to heap:
./fmt_stringer_verbs.go:29:47:   flow: {storage for ... argument} = &{storage for [2]Color{...}}:
./fmt_stringer_verbs.go:29:47:     from [2]Color{...} (spill) at ./fmt_stringer_verbs.go:29:47
./fmt_stringer_verbs.go:29:47:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:47:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:29:47:     from ... argument (spill) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:47:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:28: []Color{...} escapes to heap:
./fmt_stringer_verbs.go:29:28:   flow: {storage for ... argument} = &{storage for []Color{...}}:
./fmt_stringer_verbs.go:29:28:     from []Color{...} (spill) at ./fmt_stringer_verbs.go:29:28
./fmt_stringer_verbs.go:29:28:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:28:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:29:28:     from ... argument (spill) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:28:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:24:2: v escapes to heap:
./fmt_stringer_verbs.go:24:2:   flow: {storage for ... argument} = &v:
./fmt_stringer_verbs.go:24:2:     from &v (address-of) at ./fmt_stringer_verbs.go:29:17
./fmt_stringer_verbs.go:24:2:     from &v (interface-converted) at ./fmt_stringer_verbs.go:29:17
./fmt_stringer_verbs.go:24:2:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:24:2:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:24:2:     from ... argument (spill) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:24:2:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:13: c escapes to heap:
./fmt_stringer_verbs.go:29:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:29:13:     from c (spill) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:29:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_verbs.go:29:13
./fmt_stringer_verbs.go:28:77: Bytes("hey") escapes to heap:
./fmt_stringer_verbs.go:28:77:   flow: {storage for ... argument} = &{storage for Bytes("hey")}:
./fmt_stringer_verbs.go:28:77:     from Bytes("hey") (spill) at ./fmt_stringer_verbs.go:28:77
./fmt_stringer_verbs.go:28:77:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:77:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:28:77:     from ... argument (spill) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:77:     from fmt.Printf("%v|%s|%x|%d\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:63: Bytes("hey") escapes to heap:
./fmt_stringer_verbs.go:28:63:   flow: {storage for ... argument} = &{storage for Bytes("hey")}:
./fmt_stringer_verbs.go:28:63:     from Bytes("hey") (spill) at ./fmt_stringer_verbs.go:28:63
./fmt_stringer_verbs.go:28:63:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:63:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:28:63:     from ... argument (spill) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:63:     from fmt.Printf("%v|%s|%x|%d\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:49: Bytes("hey") escapes to heap:
./fmt_stringer_verbs.go:28:49:   flow: {storage for ... argument} = &{storage for Bytes("hey")}:
./fmt_stringer_verbs.go:28:49:     from Bytes("hey") (spill) at ./fmt_stringer_verbs.go:28:49
./fmt_stringer_verbs.go:28:49:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:49:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:28:49:     from ... argument (spill) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:49:     from fmt.Printf("%v|%s|%x|%d\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:35: Bytes("hey") escapes to heap:
./fmt_stringer_verbs.go:28:35:   flow: {storage for ... argument} = &{storage for Bytes("hey")}:
./fmt_stringer_verbs.go:28:35:     from Bytes("hey") (spill) at ./fmt_stringer_verbs.go:28:35
./fmt_stringer_verbs.go:28:35:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:35:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:28:35:     from ... argument (spill) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:28:35:     from fmt.Printf("%v|%s|%x|%d\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:28:12
./fmt_stringer_verbs.go:27:54: Plain{...} escapes to heap:
./fmt_stringer_verbs.go:27:54:   flow: {storage for ... argument} = &{storage for Plain{...}}:
./fmt_stringer_verbs.go:27:54:     from Plain{...} (spill) at ./fmt_stringer_verbs.go:27:54
./fmt_stringer_verbs.go:27:54:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:27:12
./fmt_stringer_verbs.go:27:54:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:27:54:     from ... argument (spill) at ./fmt_stringer_verbs.go:27:12
./fmt_stringer_verbs.go:27:54:     from fmt.Printf("%v|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:27:12
./fmt_stringer_verbs.go:27:44: Plain{...} escapes to heap:
./fmt_stringer_verbs.go:27:44:   flow: {storage for ... argument} = &{storage for Plain{...}}:
./fmt_stringer_verbs.go:27:44:     from Plain{...} (spill) at ./fmt_stringer_verbs.go:27:44
./fmt_stringer_verbs.go:27:44:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:27:12
./fmt_stringer_verbs.go:27:44:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:27:44:     from ... argument (spill) at ./fmt_stringer_verbs.go:27:12
./fmt_stringer_verbs.go:27:44:     from fmt.Printf("%v|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:27:12
./fmt_stringer_verbs.go:27:34: Plain{...} escapes to heap:
./fmt_stringer_verbs.go:27:34:   flow: {storage for ... argument} = &{storage for Plain{...}}:
./fmt_stringer_verbs.go:27:34:     from Plain{...} (spill) at ./fmt_stringer_verbs.go:27:34
./fmt_stringer_verbs.go:27:34:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:27:12
./fmt_stringer_verbs.go:27:34:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:27:34:     from ... argument (spill) at ./fmt_stringer_verbs.go:27:12
./fmt_stringer_verbs.go:27:34:     from fmt.Printf("%v|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:27:12
./fmt_stringer_verbs.go:26:44: []V{...} escapes to heap:
./fmt_stringer_verbs.go:26:44:   flow: {storage for ... argument} = &{storage for []V{...}}:
./fmt_stringer_verbs.go:26:44:     from []V{...} (spill) at ./fmt_stringer_verbs.go:26:44
./fmt_stringer_verbs.go:26:44:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:26:12
./fmt_stringer_verbs.go:26:44:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:26:44:     from ... argument (spill) at ./fmt_stringer_verbs.go:26:12
./fmt_stringer_verbs.go:26:44:     from fmt.Printf("%v|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:26:12
./fmt_stringer_verbs.go:26:36: []V{...} escapes to heap:
./fmt_stringer_verbs.go:26:36:   flow: {storage for ... argument} = &{storage for []V{...}}:
./fmt_stringer_verbs.go:26:36:     from []V{...} (spill) at ./fmt_stringer_verbs.go:26:36
./fmt_stringer_verbs.go:26:36:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:26:12
./fmt_stringer_verbs.go:26:36:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:26:36:     from ... argument (spill) at ./fmt_stringer_verbs.go:26:12
./fmt_stringer_verbs.go:26:36:     from fmt.Printf("%v|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:26:12
./fmt_stringer_verbs.go:25:13: v escapes to heap:
./fmt_stringer_verbs.go:25:13:   flow: {storage for ... argument} = &{storage for v}:
./fmt_stringer_verbs.go:25:13:     from v (spill) at ./fmt_stringer_verbs.go:25:13
./fmt_stringer_verbs.go:25:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:25:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13:     from fmt.Printf("%v|%+v|%#v|%s|%d\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13: v escapes to heap:
./fmt_stringer_verbs.go:25:13:   flow: {storage for ... argument} = &{storage for v}:
./fmt_stringer_verbs.go:25:13:     from v (spill) at ./fmt_stringer_verbs.go:25:13
./fmt_stringer_verbs.go:25:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:25:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13:     from fmt.Printf("%v|%+v|%#v|%s|%d\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13: v escapes to heap:
./fmt_stringer_verbs.go:25:13:   flow: {storage for ... argument} = &{storage for v}:
./fmt_stringer_verbs.go:25:13:     from v (spill) at ./fmt_stringer_verbs.go:25:13
./fmt_stringer_verbs.go:25:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:25:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13:     from fmt.Printf("%v|%+v|%#v|%s|%d\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13: v escapes to heap:
./fmt_stringer_verbs.go:25:13:   flow: {storage for ... argument} = &{storage for v}:
./fmt_stringer_verbs.go:25:13:     from v (spill) at ./fmt_stringer_verbs.go:25:13
./fmt_stringer_verbs.go:25:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:25:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13:     from fmt.Printf("%v|%+v|%#v|%s|%d\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13: v escapes to heap:
./fmt_stringer_verbs.go:25:13:   flow: {storage for ... argument} = &{storage for v}:
./fmt_stringer_verbs.go:25:13:     from v (spill) at ./fmt_stringer_verbs.go:25:13
./fmt_stringer_verbs.go:25:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:25:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:25:13:     from fmt.Printf("%v|%+v|%#v|%s|%d\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:25:12
./fmt_stringer_verbs.go:23:13: c escapes to heap:
./fmt_stringer_verbs.go:23:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:23:13:     from c (spill) at ./fmt_stringer_verbs.go:23:13
./fmt_stringer_verbs.go:23:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:23:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13:     from fmt.Printf("[%8v][%-8s][%8q][%.2s][%08d]\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13: c escapes to heap:
./fmt_stringer_verbs.go:23:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:23:13:     from c (spill) at ./fmt_stringer_verbs.go:23:13
./fmt_stringer_verbs.go:23:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:23:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13:     from fmt.Printf("[%8v][%-8s][%8q][%.2s][%08d]\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13: c escapes to heap:
./fmt_stringer_verbs.go:23:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:23:13:     from c (spill) at ./fmt_stringer_verbs.go:23:13
./fmt_stringer_verbs.go:23:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:23:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13:     from fmt.Printf("[%8v][%-8s][%8q][%.2s][%08d]\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13: c escapes to heap:
./fmt_stringer_verbs.go:23:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:23:13:     from c (spill) at ./fmt_stringer_verbs.go:23:13
./fmt_stringer_verbs.go:23:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:23:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13:     from fmt.Printf("[%8v][%-8s][%8q][%.2s][%08d]\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13: c escapes to heap:
./fmt_stringer_verbs.go:23:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:23:13:     from c (spill) at ./fmt_stringer_verbs.go:23:13
./fmt_stringer_verbs.go:23:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:23:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:23:13:     from fmt.Printf("[%8v][%-8s][%8q][%.2s][%08d]\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:23:12
./fmt_stringer_verbs.go:22:13: c escapes to heap:
./fmt_stringer_verbs.go:22:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:22:13:     from c (spill) at ./fmt_stringer_verbs.go:22:13
./fmt_stringer_verbs.go:22:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:22:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%T\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13: c escapes to heap:
./fmt_stringer_verbs.go:22:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:22:13:     from c (spill) at ./fmt_stringer_verbs.go:22:13
./fmt_stringer_verbs.go:22:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:22:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%T\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13: c escapes to heap:
./fmt_stringer_verbs.go:22:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:22:13:     from c (spill) at ./fmt_stringer_verbs.go:22:13
./fmt_stringer_verbs.go:22:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:22:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%T\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13: c escapes to heap:
./fmt_stringer_verbs.go:22:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:22:13:     from c (spill) at ./fmt_stringer_verbs.go:22:13
./fmt_stringer_verbs.go:22:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:22:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%T\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13: c escapes to heap:
./fmt_stringer_verbs.go:22:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:22:13:     from c (spill) at ./fmt_stringer_verbs.go:22:13
./fmt_stringer_verbs.go:22:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:22:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%T\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13: c escapes to heap:
./fmt_stringer_verbs.go:22:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:22:13:     from c (spill) at ./fmt_stringer_verbs.go:22:13
./fmt_stringer_verbs.go:22:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:22:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%T\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13: c escapes to heap:
./fmt_stringer_verbs.go:22:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_verbs.go:22:13:     from c (spill) at ./fmt_stringer_verbs.go:22:13
./fmt_stringer_verbs.go:22:13:     from ... argument (slice-literal-element) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_verbs.go:22:13:     from ... argument (spill) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:22:13:     from fmt.Printf("%v|%s|%q|%x|%X|%d|%T\n", ... argument...) (call parameter) at ./fmt_stringer_verbs.go:22:12
./fmt_stringer_verbs.go:31:37: []interface {}{...} escapes to heap:
./fmt_stringer_verbs.go:31:37:   flow: {storage for []interface {}{...}} = &{storage for []interface {}{...}}:
./fmt_stringer_verbs.go:31:37:     from []interface {}{...} (spill) at ./fmt_stringer_verbs.go:31:37
./fmt_stringer_verbs.go:31:37:     from []interface {}{...} (interface-converted) at ./fmt_stringer_verbs.go:31:37
./fmt_stringer_verbs.go:31:49: 3 escapes to heap:
./fmt_stringer_verbs.go:31:49:   flow: {storage for []interface {}{...}} = &{storage for 3}:
./fmt_stringer_verbs.go:31:49:     from 3 (spill) at ./fmt_stringer_verbs.go:31:49
./fmt_stringer_verbs.go:31:49:     from []interface {}{...} (slice-literal-element) at ./fmt_stringer_verbs.go:31:37
./fmt_stringer_verbs.go:31:41: v escapes to heap:
./fmt_stringer_verbs.go:31:41:   flow: {storage for []interface {}{...}} = &{storage for v}:
./fmt_stringer_verbs.go:31:41:     from v (spill) at ./fmt_stringer_verbs.go:31:41
./fmt_stringer_verbs.go:31:41:     from []interface {}{...} (slice-literal-element) at ./fmt_stringer_verbs.go:31:37
./fmt_stringer_verbs.go:31:38: c escapes to heap:
./fmt_stringer_verbs.go:31:38:   flow: {storage for []interface {}{...}} = &{storage for c}:
./fmt_stringer_verbs.go:31:38:     from c (spill) at ./fmt_stringer_verbs.go:31:38
./fmt_stringer_verbs.go:31:38:     from []interface {}{...} (slice-literal-element) at ./fmt_stringer_verbs.go:31:37
./fmt_stringer_verbs.go:29:28: []Color{...} escapes to heap:
./fmt_stringer_verbs.go:29:28:   flow: {storage for []Color{...}} = &{storage for []Color{...}}:
./fmt_stringer_verbs.go:29:28:     from []Color{...} (spill) at ./fmt_stringer_verbs.go:29:28
./fmt_stringer_verbs.go:29:28:     from []Color{...} (interface-converted) at ./fmt_stringer_verbs.go:29:28
./fmt_stringer_verbs.go:28:77: Bytes("hey") escapes to heap:
./fmt_stringer_verbs.go:28:77:   flow: {storage for Bytes("hey")} = &{storage for Bytes("hey")}:
./fmt_stringer_verbs.go:28:77:     from Bytes("hey") (spill) at ./fmt_stringer_verbs.go:28:77
./fmt_stringer_verbs.go:28:77:     from Bytes("hey") (interface-converted) at ./fmt_stringer_verbs.go:28:77
./fmt_stringer_verbs.go:28:63: Bytes("hey") escapes to heap:
./fmt_stringer_verbs.go:28:63:   flow: {storage for Bytes("hey")} = &{storage for Bytes("hey")}:
./fmt_stringer_verbs.go:28:63:     from Bytes("hey") (spill) at ./fmt_stringer_verbs.go:28:63
./fmt_stringer_verbs.go:28:63:     from Bytes("hey") (interface-converted) at ./fmt_stringer_verbs.go:28:63
./fmt_stringer_verbs.go:28:49: Bytes("hey") escapes to heap:
./fmt_stringer_verbs.go:28:49:   flow: {storage for Bytes("hey")} = &{storage for Bytes("hey")}:
./fmt_stringer_verbs.go:28:49:     from Bytes("hey") (spill) at ./fmt_stringer_verbs.go:28:49
./fmt_stringer_verbs.go:28:49:     from Bytes("hey") (interface-converted) at ./fmt_stringer_verbs.go:28:49
./fmt_stringer_verbs.go:28:35: Bytes("hey") escapes to heap:
./fmt_stringer_verbs.go:28:35:   flow: {storage for Bytes("hey")} = &{storage for Bytes("hey")}:
./fmt_stringer_verbs.go:28:35:     from Bytes("hey") (spill) at ./fmt_stringer_verbs.go:28:35
./fmt_stringer_verbs.go:28:35:     from Bytes("hey") (interface-converted) at ./fmt_stringer_verbs.go:28:35
./fmt_stringer_verbs.go:26:44: []V{...} escapes to heap:
./fmt_stringer_verbs.go:26:44:   flow: {storage for []V{...}} = &{storage for []V{...}}:
./fmt_stringer_verbs.go:26:44:     from []V{...} (spill) at ./fmt_stringer_verbs.go:26:44
./fmt_stringer_verbs.go:26:44:     from []V{...} (interface-converted) at ./fmt_stringer_verbs.go:26:44
./fmt_stringer_verbs.go:26:36: []V{...} escapes to heap:
./fmt_stringer_verbs.go:26:36:   flow: {storage for []V{...}} = &{storage for []V{...}}:
./fmt_stringer_verbs.go:26:36:     from []V{...} (spill) at ./fmt_stringer_verbs.go:26:36
./fmt_stringer_verbs.go:26:36:     from []V{...} (interface-converted) at ./fmt_stringer_verbs.go:26:36
./fmt_stringer_verbs.go:24:2: moved to heap: v
./fmt_stringer_verbs.go:22:12: ... argument does not escape
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:23:12: ... argument does not escape
./fmt_stringer_verbs.go:23:13: c escapes to heap
./fmt_stringer_verbs.go:23:13: c escapes to heap
./fmt_stringer_verbs.go:23:13: c escapes to heap
./fmt_stringer_verbs.go:23:13: c escapes to heap
./fmt_stringer_verbs.go:23:13: c escapes to heap
./fmt_stringer_verbs.go:25:12: ... argument does not escape
./fmt_stringer_verbs.go:25:13: v escapes to heap
./fmt_stringer_verbs.go:25:13: v escapes to heap
./fmt_stringer_verbs.go:25:13: v escapes to heap
./fmt_stringer_verbs.go:25:13: v escapes to heap
./fmt_stringer_verbs.go:25:13: v escapes to heap
./fmt_stringer_verbs.go:26:12: ... argument does not escape
./fmt_stringer_verbs.go:26:36: []V{...} escapes to heap
./fmt_stringer_verbs.go:26:36: []V{...} escapes to heap
./fmt_stringer_verbs.go:26:44: []V{...} escapes to heap
./fmt_stringer_verbs.go:26:44: []V{...} escapes to heap
./fmt_stringer_verbs.go:27:12: ... argument does not escape
./fmt_stringer_verbs.go:27:34: Plain{...} escapes to heap
./fmt_stringer_verbs.go:27:44: Plain{...} escapes to heap
./fmt_stringer_verbs.go:27:54: Plain{...} escapes to heap
./fmt_stringer_verbs.go:28:12: ... argument does not escape
./fmt_stringer_verbs.go:28:35: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:35: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:49: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:49: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:63: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:63: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:77: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:77: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:29:13: ... argument does not escape
./fmt_stringer_verbs.go:29:13: c escapes to heap
./fmt_stringer_verbs.go:29:28: []Color{...} escapes to heap
./fmt_stringer_verbs.go:29:28: []Color{...} escapes to heap
./fmt_stringer_verbs.go:29:47: [2]Color{...} escapes to heap
./fmt_stringer_verbs.go:29:66: map[Color]V{...} escapes to heap
./fmt_stringer_verbs.go:30:11: ... argument does not escape
./fmt_stringer_verbs.go:30:11: c escapes to heap
./fmt_stringer_verbs.go:30:11: v escapes to heap
./fmt_stringer_verbs.go:30:18: "\n" escapes to heap
./fmt_stringer_verbs.go:31:12: ... argument does not escape
./fmt_stringer_verbs.go:31:37: []interface {}{...} escapes to heap
./fmt_stringer_verbs.go:31:37: []interface {}{...} escapes to heap
./fmt_stringer_verbs.go:31:38: c escapes to heap
./fmt_stringer_verbs.go:31:41: v escapes to heap
./fmt_stringer_verbs.go:31:49: 3 escapes to heap
./fmt_stringer_verbs.go:34:3: struct { C Color; c Color }{...} escapes to heap
./fmt_stringer_verbs.go:35:12: ... argument does not escape
./fmt_stringer_verbs.go:35:13: c escapes to heap
./fmt_stringer_verbs.go:35:13: c escapes to heap
./fmt_stringer_verbs.go:35:13: c escapes to heap
./fmt_stringer_verbs.go:35:13: c escapes to heap
./fmt_stringer_verbs.go:36:18: ... argument does not escape
./fmt_stringer_verbs.go:36:19: c escapes to heap
./fmt_stringer_verbs.go:36:19: v escapes to heap
./fmt_stringer_verbs.go:37:13: ... argument does not escape
./fmt_stringer_verbs.go:37:13: s escapes to heap
