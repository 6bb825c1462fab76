./fmt_stringer_nested.go:17:37: int(l) escapes to heap:
./fmt_stringer_nested.go:17:37:   flow: {storage for ... argument} = &{storage for int(l)}:
./fmt_stringer_nested.go:17:37:     from int(l) (spill) at ./fmt_stringer_nested.go:17:37
./fmt_stringer_nested.go:17:37:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:17:20
./fmt_stringer_nested.go:17:37:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:17:37:     from ... argument (spill) at ./fmt_stringer_nested.go:17:20
./fmt_stringer_nested.go:17:37:     from fmt.Sprintf("Level(%d)", ... argument...) (call parameter) at ./fmt_stringer_nested.go:17:20
./fmt_stringer_nested.go:17:20: ... argument does not escape
./fmt_stringer_nested.go:17:37: int(l) escapes to heap
./fmt_stringer_nested.go:22:49: t.k + "=" + t.v escapes to heap:
./fmt_stringer_nested.go:22:49:   flow: ~r0 = &{storage for t.k + "=" + t.v}:
./fmt_stringer_nested.go:22:49:     from t.k + "=" + t.v (spill) at ./fmt_stringer_nested.go:22:49
./fmt_stringer_nested.go:22:49:     from return t.k + "=" + t.v (return) at ./fmt_stringer_nested.go:22:32
./fmt_stringer_nested.go:22:7: t does not escape
./fmt_stringer_nested.go:22:49: t.k + "=" + t.v escapes to heap
./fmt_stringer_nested.go:42:44: "List<" + strings.Join(parts, ",") + ">" escapes to heap:
./fmt_stringer_nested.go:42:44:   flow: ~r0 = &{storage for "List<" + strings.Join(parts, ",") + ">"}:
./fmt_stringer_nested.go:42:44:     from "List<" + strings.Join(parts, ",") + ">" (spill) at ./fmt_stringer_nested.go:42:44
./fmt_stringer_nested.go:42:44:     from return "List<" + strings.Join(parts, ",") + ">" (return) at ./fmt_stringer_nested.go:42:2
./fmt_stringer_nested.go:37:7: l does not escape
./fmt_stringer_nested.go:42:44: "List<" + strings.Join(parts, ",") + ">" escapes to heap
./fmt_stringer_nested.go:47:71: float32(t) escapes to heap:
./fmt_stringer_nested.go:47:71:   flow: {storage for ... argument} = &{storage for float32(t)}:
./fmt_stringer_nested.go:47:71:     from float32(t) (spill) at ./fmt_stringer_nested.go:47:71
./fmt_stringer_nested.go:47:71:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:47:51
./fmt_stringer_nested.go:47:71:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:47:71:     from ... argument (spill) at ./fmt_stringer_nested.go:47:51
./fmt_stringer_nested.go:47:71:     from fmt.Sprintf("%.2f deg", ... argument...) (call parameter) at ./fmt_stringer_nested.go:47:51
./fmt_stringer_nested.go:47:51: ... argument does not escape
./fmt_stringer_nested.go:47:71: float32(t) escapes to heap
./fmt_stringer_nested.go:68:37: "\n" escapes to heap:
./fmt_stringer_nested.go:68:37:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_stringer_nested.go:68:37:     from "\n" (spill) at ./fmt_stringer_nested.go:68:37
./fmt_stringer_nested.go:68:37:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:37:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:68:37:     from ... argument (spill) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:37:     from fmt.Print(... argument...) (call parameter) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:32: Level(1) escapes to heap:
./fmt_stringer_nested.go:68:32:   flow: {storage for ... argument} = &{storage for Level(1)}:
./fmt_stringer_nested.go:68:32:     from Level(1) (spill) at ./fmt_stringer_nested.go:68:32
./fmt_stringer_nested.go:68:32:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:32:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:68:32:     from ... argument (spill) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:32:     from fmt.Print(... argument...) (call parameter) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:22: "x" escapes to heap:
./fmt_stringer_nested.go:68:22:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_stringer_nested.go:68:22:     from "x" (spill) at ./fmt_stringer_nested.go:68:22
./fmt_stringer_nested.go:68:22:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:22:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:68:22:     from ... argument (spill) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:22:     from fmt.Print(... argument...) (call parameter) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:17: Level(0) escapes to heap:
./fmt_stringer_nested.go:68:17:   flow: {storage for ... argument} = &{storage for Level(0)}:
./fmt_stringer_nested.go:68:17:     from Level(0) (spill) at ./fmt_stringer_nested.go:68:17
./fmt_stringer_nested.go:68:17:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:17:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:68:17:     from ... argument (spill) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:68:17:     from fmt.Print(... argument...) (call parameter) at ./fmt_stringer_nested.go:68:11
./fmt_stringer_nested.go:67:32: "\n" escapes to heap:
./fmt_stringer_nested.go:67:32:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_stringer_nested.go:67:32:     from "\n" (spill) at ./fmt_stringer_nested.go:67:32
./fmt_stringer_nested.go:67:32:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:67:11
./fmt_stringer_nested.go:67:32:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:67:32:     from ... argument (spill) at ./fmt_stringer_nested.go:67:11
./fmt_stringer_nested.go:67:32:     from fmt.Print(... argument...) (call parameter) at ./fmt_stringer_nested.go:67:11
./fmt_stringer_nested.go:67:27: Level(1) escapes to heap:
./fmt_stringer_nested.go:67:27:   flow: {storage for ... argument} = &{storage for Level(1)}:
./fmt_stringer_nested.go:67:27:     from Level(1) (spill) at ./fmt_stringer_nested.go:67:27
./fmt_stringer_nested.go:67:27:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:67:11
./fmt_stringer_nested.go:67:27:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:67:27:     from ... argument (spill) at ./fmt_stringer_nested.go:67:11
./fmt_stringer_nested.go:67:27:     from fmt.Print(... argument...) (call parameter) at ./fmt_stringer_nested.go:67:11
./fmt_stringer_nested.go:67:17: Level(0) escapes to heap:
./fmt_stringer_nested.go:67:17:   flow: {storage for ... argument} = &{storage for Level(0)}:
./fmt_stringer_nested.go:67:17:     from Level(0) (spill) at ./fmt_stringer_nested.go:67:17
./fmt_stringer_nested.go:67:17:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:67:11
./fmt_stringer_nested.go:67:17:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:67:17:     from ... argument (spill) at ./fmt_stringer_nested.go:67:11
./fmt_stringer_nested.go:67:17:     from fmt.Print(... argument...) (call parameter) at ./fmt_stringer_nested.go:67:11
./fmt_stringer_nested.go:66:64: Level(0) escapes to heap:
./fmt_stringer_nested.go:66:64:   flow: {storage for ... argument} = &{storage for Level(0)}:
./fmt_stringer_nested.go:66:64:     from Level(0) (spill) at ./fmt_stringer_nested.go:66:64
./fmt_stringer_nested.go:66:64:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:66:12
./fmt_stringer_nested.go:66:64:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:66:64:     from ... argument (spill) at ./fmt_stringer_nested.go:66:12
./fmt_stringer_nested.go:66:64:     from fmt.Printf("%08v|%-10s|%10q\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:66:12
./fmt_stringer_nested.go:66:47: Tag{...} escapes to heap:
./fmt_stringer_nested.go:66:47:   flow: {storage for ... argument} = &{storage for Tag{...}}:
./fmt_stringer_nested.go:66:47:     from Tag{...} (spill) at ./fmt_stringer_nested.go:66:47
./fmt_stringer_nested.go:66:47:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:66:12
./fmt_stringer_nested.go:66:47:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:66:47:     from ... argument (spill) at ./fmt_stringer_nested.go:66:12
./fmt_stringer_nested.go:66:47:     from fmt.Printf("%08v|%-10s|%10q\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:66:12
./fmt_stringer_nested.go:66:39: Level(1) escapes to heap:
./fmt_stringer_nested.go:66:39:   flow: {storage for ... argument} = &{storage for Level(1)}:
./fmt_stringer_nested.go:66:39:     from Level(1) (spill) at ./fmt_stringer_nested.go:66:39
./fmt_stringer_nested.go:66:39:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:66:12
./fmt_stringer_nested.go:66:39:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:66:39:     from ... argument (spill) at ./fmt_stringer_nested.go:66:12
./fmt_stringer_nested.go:66:39:     from fmt.Printf("%08v|%-10s|%10q\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:66:12
./fmt_stringer_nested.go:65:31: List{} escapes to heap:
./fmt_stringer_nested.go:65:31:   flow: {storage for ... argument} = &{storage for List{}}:
./fmt_stringer_nested.go:65:31:     from List{} (spill) at ./fmt_stringer_nested.go:65:31
./fmt_stringer_nested.go:65:31:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:65:12
./fmt_stringer_nested.go:65:31:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:65:31:     from ... argument (spill) at ./fmt_stringer_nested.go:65:12
./fmt_stringer_nested.go:65:31:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:65:12
./fmt_stringer_nested.go:62:6: Level(1) escapes to heap:
./fmt_stringer_nested.go:62:6:   flow: s = &{storage for Level(1)}:
./fmt_stringer_nested.go:62:6:     from Level(1) (spill) at ./fmt_stringer_nested.go:62:6
./fmt_stringer_nested.go:62:6:     from s = Level(1) (assign) at ./fmt_stringer_nested.go:62:6
./fmt_stringer_nested.go:62:6:   flow: {storage for ... argument} = s:
./fmt_stringer_nested.go:62:6:     from s (interface-converted) at ./fmt_stringer_nested.go:65:13
./fmt_stringer_nested.go:62:6:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:65:12
./fmt_stringer_nested.go:62:6:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:62:6:     from ... argument (spill) at ./fmt_stringer_nested.go:65:12
./fmt_stringer_nested.go:62:6:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:65:12
./fmt_stringer_nested.go:64:52: Level(9) escapes to heap:
./fmt_stringer_nested.go:64:52:   flow: {storage for ... argument} = &{storage for Level(9)}:
./fmt_stringer_nested.go:64:52:     from Level(9) (spill) at ./fmt_stringer_nested.go:64:52
./fmt_stringer_nested.go:64:52:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:64:12
./fmt_stringer_nested.go:64:52:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:64:52:     from ... argument (spill) at ./fmt_stringer_nested.go:64:12
./fmt_stringer_nested.go:64:52:     from fmt.Printf("%d %v %s\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:64:12
./fmt_stringer_nested.go:64:42: Level(1) escapes to heap:
./fmt_stringer_nested.go:64:42:   flow: {storage for ... argument} = &{storage for Level(1)}:
./fmt_stringer_nested.go:64:42:     from Level(1) (spill) at ./fmt_stringer_nested.go:64:42
./fmt_stringer_nested.go:64:42:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:64:12
./fmt_stringer_nested.go:64:42:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:64:42:     from ... argument (spill) at ./fmt_stringer_nested.go:64:12
./fmt_stringer_nested.go:64:42:     from fmt.Printf("%d %v %s\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:64:12
./fmt_stringer_nested.go:64:32: Level(1) escapes to heap:
./fmt_stringer_nested.go:64:32:   flow: {storage for ... argument} = &{storage for Level(1)}:
./fmt_stringer_nested.go:64:32:     from Level(1) (spill) at ./fmt_stringer_nested.go:64:32
./fmt_stringer_nested.go:64:32:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:64:12
./fmt_stringer_nested.go:64:32:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:64:32:     from ... argument (spill) at ./fmt_stringer_nested.go:64:12
./fmt_stringer_nested.go:64:32:     from fmt.Printf("%d %v %s\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:64:12
./fmt_stringer_nested.go:63:52: Pair{} escapes to heap:
./fmt_stringer_nested.go:63:52:   flow: {storage for ... argument} = &{storage for Pair{}}:
./fmt_stringer_nested.go:63:52:     from Pair{} (spill) at ./fmt_stringer_nested.go:63:52
./fmt_stringer_nested.go:63:52:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:63:13
./fmt_stringer_nested.go:63:52:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:63:52:     from ... argument (spill) at ./fmt_stringer_nested.go:63:13
./fmt_stringer_nested.go:63:52:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_nested.go:63:13
./fmt_stringer_nested.go:63:21: Pair{...} escapes to heap:
./fmt_stringer_nested.go:63:21:   flow: {storage for ... argument} = &{storage for Pair{...}}:
./fmt_stringer_nested.go:63:21:     from Pair{...} (spill) at ./fmt_stringer_nested.go:63:21
./fmt_stringer_nested.go:63:21:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:63:13
./fmt_stringer_nested.go:63:21:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:63:21:     from ... argument (spill) at ./fmt_stringer_nested.go:63:13
./fmt_stringer_nested.go:63:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_nested.go:63:13
./fmt_stringer_nested.go:61:32: []Temp{...} escapes to heap:
./fmt_stringer_nested.go:61:32:   flow: {storage for ... argument} = &{storage for []Temp{...}}:
./fmt_stringer_nested.go:61:32:     from []Temp{...} (spill) at ./fmt_stringer_nested.go:61:32
./fmt_stringer_nested.go:61:32:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:61:13
./fmt_stringer_nested.go:61:32:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:61:32:     from ... argument (spill) at ./fmt_stringer_nested.go:61:13
./fmt_stringer_nested.go:61:32:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_nested.go:61:13
./fmt_stringer_nested.go:61:18: Temp(36.6) escapes to heap:
./fmt_stringer_nested.go:61:18:   flow: {storage for ... argument} = &{storage for Temp(36.6)}:
./fmt_stringer_nested.go:61:18:     from Temp(36.6) (spill) at ./fmt_stringer_nested.go:61:18
./fmt_stringer_nested.go:61:18:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:61:13
./fmt_stringer_nested.go:61:18:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:61:18:     from ... argument (spill) at ./fmt_stringer_nested.go:61:13
./fmt_stringer_nested.go:61:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_nested.go:61:13
./fmt_stringer_nested.go:60:27: map[Level]Tag{...} escapes to heap:
./fmt_stringer_nested.go:60:27:   flow: {storage for ... argument} = &{storage for map[Level]Tag{...}}:
./fmt_stringer_nested.go:60:27:     from map[Level]Tag{...} (spill) at ./fmt_stringer_nested.go:60:27
./fmt_stringer_nested.go:60:27:     from map[Level]Tag{...} (interface-converted) at ./fmt_stringer_nested.go:60:27
./fmt_stringer_nested.go:60:27:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:60:13
./fmt_stringer_nested.go:60:27:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:60:27:     from ... argument (spill) at ./fmt_stringer_nested.go:60:13
./fmt_stringer_nested.go:60:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_nested.go:60:13
./fmt_stringer_nested.go:59:51: Level(0) escapes to heap:
./fmt_stringer_nested.go:59:51:   flow: {storage for ... argument} = &{storage for Level(0)}:
./fmt_stringer_nested.go:59:51:     from Level(0) (spill) at ./fmt_stringer_nested.go:59:51
./fmt_stringer_nested.go:59:51:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:59:12
./fmt_stringer_nested.go:59:51:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:59:51:     from ... argument (spill) at ./fmt_stringer_nested.go:59:12
./fmt_stringer_nested.go:59:51:     from fmt.Printf("%s|%q|%x\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:59:12
./fmt_stringer_nested.go:59:41: Level(1) escapes to heap:
./fmt_stringer_nested.go:59:41:   flow: {storage for ... argument} = &{storage for Level(1)}:
./fmt_stringer_nested.go:59:41:     from Level(1) (spill) at ./fmt_stringer_nested.go:59:41
./fmt_stringer_nested.go:59:41:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:59:12
./fmt_stringer_nested.go:59:41:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:59:41:     from ... argument (spill) at ./fmt_stringer_nested.go:59:12
./fmt_stringer_nested.go:59:41:     from fmt.Printf("%s|%q|%x\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:59:12
./fmt_stringer_nested.go:59:31: List{...} escapes to heap:
./fmt_stringer_nested.go:59:31:   flow: {storage for ... argument} = &{storage for List{...}}:
./fmt_stringer_nested.go:59:31:     from List{...} (spill) at ./fmt_stringer_nested.go:59:31
./fmt_stringer_nested.go:59:31:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:59:12
./fmt_stringer_nested.go:59:31:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:59:31:     from ... argument (spill) at ./fmt_stringer_nested.go:59:12
./fmt_stringer_nested.go:59:31:     from fmt.Printf("%s|%q|%x\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:59:12
./fmt_stringer_nested.go:58:36: []Level{...} escapes to heap:
./fmt_stringer_nested.go:58:36:   flow: {storage for ... argument} = &{storage for []Level{...}}:
./fmt_stringer_nested.go:58:36:     from []Level{...} (spill) at ./fmt_stringer_nested.go:58:36
./fmt_stringer_nested.go:58:36:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:58:13
./fmt_stringer_nested.go:58:36:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:58:36:     from ... argument (spill) at ./fmt_stringer_nested.go:58:13
./fmt_stringer_nested.go:58:36:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_nested.go:58:13
./fmt_stringer_nested.go:58:18: List{...} escapes to heap:
./fmt_stringer_nested.go:58:18:   flow: {storage for ... argument} = &{storage for List{...}}:
./fmt_stringer_nested.go:58:18:     from List{...} (spill) at ./fmt_stringer_nested.go:58:18
./fmt_stringer_nested.go:58:18:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:58:13
./fmt_stringer_nested.go:58:18:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:58:18:     from ... argument (spill) at ./fmt_stringer_nested.go:58:13
./fmt_stringer_nested.go:58:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_nested.go:58:13
./fmt_stringer_nested.go:57:20: Matrix{...} escapes to heap:
./fmt_stringer_nested.go:57:20:   flow: {storage for ... argument} = &{storage for Matrix{...}}:
./fmt_stringer_nested.go:57:20:     from Matrix{...} (spill) at ./fmt_stringer_nested.go:57:20
./fmt_stringer_nested.go:57:20:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:57:13
./fmt_stringer_nested.go:57:20:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:57:20:     from ... argument (spill) at ./fmt_stringer_nested.go:57:13
./fmt_stringer_nested.go:57:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_nested.go:57:13
./fmt_stringer_nested.go:56:13: e escapes to heap:
./fmt_stringer_nested.go:56:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_stringer_nested.go:56:13:     from e (spill) at ./fmt_stringer_nested.go:56:13
./fmt_stringer_nested.go:56:13:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:56:12
./fmt_stringer_nested.go:56:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:56:13:     from ... argument (spill) at ./fmt_stringer_nested.go:56:12
./fmt_stringer_nested.go:56:13:     from fmt.Printf("%v\n%+v\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:56:12
./fmt_stringer_nested.go:56:13: e escapes to heap:
./fmt_stringer_nested.go:56:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_stringer_nested.go:56:13:     from e (spill) at ./fmt_stringer_nested.go:56:13
./fmt_stringer_nested.go:56:13:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:56:12
./fmt_stringer_nested.go:56:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:56:13:     from ... argument (spill) at ./fmt_stringer_nested.go:56:12
./fmt_stringer_nested.go:56:13:     from fmt.Printf("%v\n%+v\n", ... argument...) (call parameter) at ./fmt_stringer_nested.go:56:12
./fmt_stringer_nested.go:55:13: e escapes to heap:
./fmt_stringer_nested.go:55:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_stringer_nested.go:55:13:     from e (spill) at ./fmt_stringer_nested.go:55:13
./fmt_stringer_nested.go:55:13:     from ... argument (slice-literal-element) at ./fmt_stringer_nested.go:55:13
./fmt_stringer_nested.go:55:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_nested.go:55:13:     from ... argument (spill) at ./fmt_stringer_nested.go:55:13
./fmt_stringer_nested.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_nested.go:55:13
./fmt_stringer_nested.go:65:31: List{} escapes to heap:
./fmt_stringer_nested.go:65:31:   flow: {storage for List{}} = &{storage for List{}}:
./fmt_stringer_nested.go:65:31:     from List{} (spill) at ./fmt_stringer_nested.go:65:31
./fmt_stringer_nested.go:65:31:     from List{} (interface-converted) at ./fmt_stringer_nested.go:65:31
./fmt_stringer_nested.go:63:35: Tag{...} escapes to heap:
./fmt_stringer_nested.go:63:35:   flow: {storage for Pair{...}} = &{storage for Tag{...}}:
./fmt_stringer_nested.go:63:35:     from Tag{...} (spill) at ./fmt_stringer_nested.go:63:35
./fmt_stringer_nested.go:63:35:     from Pair{...} (struct literal element) at ./fmt_stringer_nested.go:63:21
./fmt_stringer_nested.go:63:35:     from Pair{...} (interface-converted) at ./fmt_stringer_nested.go:63:21
./fmt_stringer_nested.go:63:27: Level(0) escapes to heap:
./fmt_stringer_nested.go:63:27:   flow: {storage for Pair{...}} = &{storage for Level(0)}:
./fmt_stringer_nested.go:63:27:     from Level(0) (spill) at ./fmt_stringer_nested.go:63:27
./fmt_stringer_nested.go:63:27:     from Pair{...} (struct literal element) at ./fmt_stringer_nested.go:63:21
./fmt_stringer_nested.go:63:27:     from Pair{...} (interface-converted) at ./fmt_stringer_nested.go:63:21
./fmt_stringer_nested.go:61:32: []Temp{...} escapes to heap:
./fmt_stringer_nested.go:61:32:   flow: {storage for []Temp{...}} = &{storage for []Temp{...}}:
./fmt_stringer_nested.go:61:32:     from []Temp{...} (spill) at ./fmt_stringer_nested.go:61:32
./fmt_stringer_nested.go:61:32:     from []Temp{...} (interface-converted) at ./fmt_stringer_nested.go:61:32
./fmt_stringer_nested.go:59:31: List{...} escapes to heap:
./fmt_stringer_nested.go:59:31:   flow: {storage for List{...}} = &{storage for List{...}}:
./fmt_stringer_nested.go:59:31:     from List{...} (spill) at ./fmt_stringer_nested.go:59:31
./fmt_stringer_nested.go:59:31:     from List{...} (interface-converted) at ./fmt_stringer_nested.go:59:31
./fmt_stringer_nested.go:58:36: []Level{...} escapes to heap:
./fmt_stringer_nested.go:58:36:   flow: {storage for []Level{...}} = &{storage for []Level{...}}:
./fmt_stringer_nested.go:58:36:     from []Level{...} (spill) at ./fmt_stringer_nested.go:58:36
./fmt_stringer_nested.go:58:36:     from []Level{...} (interface-converted) at ./fmt_stringer_nested.go:58:36
./fmt_stringer_nested.go:58:18: List{...} escapes to heap:
./fmt_stringer_nested.go:58:18:   flow: {storage for List{...}} = &{storage for List{...}}:
./fmt_stringer_nested.go:58:18:     from List{...} (spill) at ./fmt_stringer_nested.go:58:18
./fmt_stringer_nested.go:58:18:     from List{...} (interface-converted) at ./fmt_stringer_nested.go:58:18
./fmt_stringer_nested.go:54:105: Level(0) escapes to heap:
./fmt_stringer_nested.go:54:105:   flow: e = &{storage for Level(0)}:
./fmt_stringer_nested.go:54:105:     from Level(0) (spill) at ./fmt_stringer_nested.go:54:105
./fmt_stringer_nested.go:54:105:     from Entry{...} (struct literal element) at ./fmt_stringer_nested.go:54:12
./fmt_stringer_nested.go:54:105:     from e := Entry{...} (assign) at ./fmt_stringer_nested.go:54:4
./fmt_stringer_nested.go:54:105:   flow: {storage for e} = e:
./fmt_stringer_nested.go:54:105:     from e (interface-converted) at ./fmt_stringer_nested.go:56:13
./fmt_stringer_nested.go:54:81: &Tag{...} escapes to heap:
./fmt_stringer_nested.go:54:81:   flow: e = &{storage for &Tag{...}}:
./fmt_stringer_nested.go:54:81:     from &Tag{...} (spill) at ./fmt_stringer_nested.go:54:81
./fmt_stringer_nested.go:54:81:     from Entry{...} (struct literal element) at ./fmt_stringer_nested.go:54:12
./fmt_stringer_nested.go:54:81:     from e := Entry{...} (assign) at ./fmt_stringer_nested.go:54:4
./fmt_stringer_nested.go:54:81:   flow: {storage for e} = e:
./fmt_stringer_nested.go:54:81:     from e (interface-converted) at ./fmt_stringer_nested.go:56:13
./fmt_stringer_nested.go:54:63: map[string]Level{...} escapes to heap:
./fmt_stringer_nested.go:54:63:   flow: e = &{storage for map[string]Level{...}}:
./fmt_stringer_nested.go:54:63:     from map[string]Level{...} (spill) at ./fmt_stringer_nested.go:54:63
./fmt_stringer_nested.go:54:63:     from Entry{...} (struct literal element) at ./fmt_stringer_nested.go:54:12
./fmt_stringer_nested.go:54:63:     from e := Entry{...} (assign) at ./fmt_stringer_nested.go:54:4
./fmt_stringer_nested.go:54:63:   flow: {storage for e} = e:
./fmt_stringer_nested.go:54:63:     from e (interface-converted) at ./fmt_stringer_nested.go:56:13
./fmt_stringer_nested.go:54:21: []Tag{...} escapes to heap:
./fmt_stringer_nested.go:54:21:   flow: e = &{storage for []Tag{...}}:
./fmt_stringer_nested.go:54:21:     from []Tag{...} (spill) at ./fmt_stringer_nested.go:54:21
./fmt_stringer_nested.go:54:21:     from Entry{...} (struct literal element) at ./fmt_stringer_nested.go:54:12
./fmt_stringer_nested.go:54:21:     from e := Entry{...} (assign) at ./fmt_stringer_nested.go:54:4
./fmt_stringer_nested.go:54:21:   flow: {storage for e} = e:
./fmt_stringer_nested.go:54:21:     from e (interface-converted) at ./fmt_stringer_nested.go:56:13
./fmt_stringer_nested.go:54:21: []Tag{...} escapes to heap
./fmt_stringer_nested.go:54:63: map[string]Level{...} escapes to heap
./fmt_stringer_nested.go:54:81: &Tag{...} escapes to heap
./fmt_stringer_nested.go:54:105: Level(0) escapes to heap
./fmt_stringer_nested.go:55:13: ... argument does not escape
./fmt_stringer_nested.go:55:13: e escapes to heap
./fmt_stringer_nested.go:56:12: ... argument does not escape
./fmt_stringer_nested.go:56:13: e escapes to heap
./fmt_stringer_nested.go:56:13: e escapes to heap
./fmt_stringer_nested.go:57:13: ... argument does not escape
./fmt_stringer_nested.go:57:20: Matrix{...} escapes to heap
./fmt_stringer_nested.go:58:13: ... argument does not escape
./fmt_stringer_nested.go:58:18: List{...} escapes to heap
./fmt_stringer_nested.go:58:18: List{...} escapes to heap
./fmt_stringer_nested.go:58:36: []Level{...} escapes to heap
./fmt_stringer_nested.go:58:36: []Level{...} escapes to heap
./fmt_stringer_nested.go:59:12: ... argument does not escape
./fmt_stringer_nested.go:59:31: List{...} escapes to heap
./fmt_stringer_nested.go:59:31: List{...} escapes to heap
./fmt_stringer_nested.go:59:41: Level(1) escapes to heap
./fmt_stringer_nested.go:59:51: Level(0) escapes to heap
./fmt_stringer_nested.go:60:13: ... argument does not escape
./fmt_stringer_nested.go:60:27: map[Level]Tag{...} escapes to heap
./fmt_stringer_nested.go:61:13: ... argument does not escape
./fmt_stringer_nested.go:61:18: Temp(36.6) escapes to heap
./fmt_stringer_nested.go:61:32: []Temp{...} escapes to heap
./fmt_stringer_nested.go:61:32: []Temp{...} escapes to heap
./fmt_stringer_nested.go:62:6: Level(1) escapes to heap
./fmt_stringer_nested.go:63:13: ... argument does not escape
./fmt_stringer_nested.go:63:21: Pair{...} escapes to heap
./fmt_stringer_nested.go:63:27: Level(0) escapes to heap
./fmt_stringer_nested.go:63:35: Tag{...} escapes to heap
./fmt_stringer_nested.go:63:52: Pair{} escapes to heap
./fmt_stringer_nested.go:64:12: ... argument does not escape
./fmt_stringer_nested.go:64:32: Level(1) escapes to heap
./fmt_stringer_nested.go:64:42: Level(1) escapes to heap
./fmt_stringer_nested.go:64:52: Level(9) escapes to heap
./fmt_stringer_nested.go:65:12: ... argument does not escape
./fmt_stringer_nested.go:65:31: List{} escapes to heap
./fmt_stringer_nested.go:65:31: List{} escapes to heap
./fmt_stringer_nested.go:66:12: ... argument does not escape
./fmt_stringer_nested.go:66:39: Level(1) escapes to heap
./fmt_stringer_nested.go:66:47: Tag{...} escapes to heap
./fmt_stringer_nested.go:66:64: Level(0) escapes to heap
./fmt_stringer_nested.go:67:11: ... argument does not escape
./fmt_stringer_nested.go:67:17: Level(0) escapes to heap
./fmt_stringer_nested.go:67:27: Level(1) escapes to heap
./fmt_stringer_nested.go:67:32: "\n" escapes to heap
./fmt_stringer_nested.go:68:11: ... argument does not escape
./fmt_stringer_nested.go:68:17: Level(0) escapes to heap
./fmt_stringer_nested.go:68:22: "x" escapes to heap
./fmt_stringer_nested.go:68:32: Level(1) escapes to heap
./fmt_stringer_nested.go:68:37: "\n" escapes to heap
