./fmt_stringer_forms.go:10:73: float64(c) escapes to heap:
./fmt_stringer_forms.go:10:73:   flow: {storage for ... argument} = &{storage for float64(c)}:
./fmt_stringer_forms.go:10:73:     from float64(c) (spill) at ./fmt_stringer_forms.go:10:73
./fmt_stringer_forms.go:10:73:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:10:54
./fmt_stringer_forms.go:10:73:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:10:73:     from ... argument (spill) at ./fmt_stringer_forms.go:10:54
./fmt_stringer_forms.go:10:73:     from fmt.Sprintf("%.1f°C", ... argument...) (call parameter) at ./fmt_stringer_forms.go:10:54
./fmt_stringer_forms.go:10:54: ... argument does not escape
./fmt_stringer_forms.go:10:73: float64(c) escapes to heap
./fmt_stringer_forms.go:14:70: p.Y escapes to heap:
./fmt_stringer_forms.go:14:70:   flow: {storage for ... argument} = &{storage for p.Y}:
./fmt_stringer_forms.go:14:70:     from p.Y (spill) at ./fmt_stringer_forms.go:14:70
./fmt_stringer_forms.go:14:70:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:14:52
./fmt_stringer_forms.go:14:70:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:14:70:     from ... argument (spill) at ./fmt_stringer_forms.go:14:52
./fmt_stringer_forms.go:14:70:     from fmt.Sprintf("(%d,%d)", ... argument...) (call parameter) at ./fmt_stringer_forms.go:14:52
./fmt_stringer_forms.go:14:65: p.X escapes to heap:
./fmt_stringer_forms.go:14:65:   flow: {storage for ... argument} = &{storage for p.X}:
./fmt_stringer_forms.go:14:65:     from p.X (spill) at ./fmt_stringer_forms.go:14:65
./fmt_stringer_forms.go:14:65:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:14:52
./fmt_stringer_forms.go:14:65:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:14:65:     from ... argument (spill) at ./fmt_stringer_forms.go:14:52
./fmt_stringer_forms.go:14:65:     from fmt.Sprintf("(%d,%d)", ... argument...) (call parameter) at ./fmt_stringer_forms.go:14:52
./fmt_stringer_forms.go:14:52: ... argument does not escape
./fmt_stringer_forms.go:14:65: p.X escapes to heap
./fmt_stringer_forms.go:14:70: p.Y escapes to heap
./fmt_stringer_forms.go:18:58: p.X escapes to heap:
./fmt_stringer_forms.go:18:58:   flow: {storage for ... argument} = &{storage for p.X}:
./fmt_stringer_forms.go:18:58:     from p.X (spill) at ./fmt_stringer_forms.go:18:58
./fmt_stringer_forms.go:18:58:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:18:49
./fmt_stringer_forms.go:18:58:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:18:58:     from ... argument (spill) at ./fmt_stringer_forms.go:18:49
./fmt_stringer_forms.go:18:58:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_forms.go:18:49
./fmt_stringer_forms.go:18:50: "PP#" escapes to heap:
./fmt_stringer_forms.go:18:50:   flow: {storage for ... argument} = &{storage for "PP#"}:
./fmt_stringer_forms.go:18:50:     from "PP#" (spill) at ./fmt_stringer_forms.go:18:50
./fmt_stringer_forms.go:18:50:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:18:49
./fmt_stringer_forms.go:18:50:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:18:50:     from ... argument (spill) at ./fmt_stringer_forms.go:18:49
./fmt_stringer_forms.go:18:50:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_forms.go:18:49
./fmt_stringer_forms.go:18:7: p does not escape
./fmt_stringer_forms.go:18:49: ... argument does not escape
./fmt_stringer_forms.go:18:50: "PP#" escapes to heap
./fmt_stringer_forms.go:18:58: p.X escapes to heap
./fmt_stringer_forms.go:22:65: e.Code escapes to heap:
./fmt_stringer_forms.go:22:65:   flow: {storage for ... argument} = &{storage for e.Code}:
./fmt_stringer_forms.go:22:65:     from e.Code (spill) at ./fmt_stringer_forms.go:22:65
./fmt_stringer_forms.go:22:65:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:22:52
./fmt_stringer_forms.go:22:65:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:22:65:     from ... argument (spill) at ./fmt_stringer_forms.go:22:52
./fmt_stringer_forms.go:22:65:     from fmt.Sprintf("code %d", ... argument...) (call parameter) at ./fmt_stringer_forms.go:22:52
./fmt_stringer_forms.go:22:7: e does not escape
./fmt_stringer_forms.go:22:52: ... argument does not escape
./fmt_stringer_forms.go:22:65: e.Code escapes to heap
./fmt_stringer_forms.go:31:57: "<" + string(n) + ">" escapes to heap:
./fmt_stringer_forms.go:31:57:   flow: ~r0 = &{storage for "<" + string(n) + ">"}:
./fmt_stringer_forms.go:31:57:     from "<" + string(n) + ">" (spill) at ./fmt_stringer_forms.go:31:57
./fmt_stringer_forms.go:31:57:     from return "<" + string(n) + ">" (return) at ./fmt_stringer_forms.go:31:34
./fmt_stringer_forms.go:31:7: n does not escape
./fmt_stringer_forms.go:31:57: "<" + string(n) + ">" escapes to heap
./fmt_stringer_forms.go:45:54: n.v escapes to heap:
./fmt_stringer_forms.go:45:54:   flow: {storage for ... argument} = &{storage for n.v}:
./fmt_stringer_forms.go:45:54:     from n.v (spill) at ./fmt_stringer_forms.go:45:54
./fmt_stringer_forms.go:45:54:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:45:52
./fmt_stringer_forms.go:45:54:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:45:54:     from ... argument (spill) at ./fmt_stringer_forms.go:45:52
./fmt_stringer_forms.go:45:54:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_forms.go:45:52
./fmt_stringer_forms.go:45:7: n does not escape
./fmt_stringer_forms.go:45:52: ... argument does not escape
./fmt_stringer_forms.go:45:54: n.v escapes to heap
./fmt_stringer_forms.go:49:36: "kaboom" escapes to heap:
./fmt_stringer_forms.go:49:36:   flow: {heap} = &{storage for "kaboom"}:
./fmt_stringer_forms.go:49:36:     from "kaboom" (spill) at ./fmt_stringer_forms.go:49:36
./fmt_stringer_forms.go:49:36:     from panic("kaboom") (call parameter) at ./fmt_stringer_forms.go:49:36
./fmt_stringer_forms.go:49:36: "kaboom" escapes to heap
./fmt_stringer_forms.go:72:31: [2]Celsius{...} escapes to heap:
./fmt_stringer_forms.go:72:31:   flow: {storage for ... argument} = &{storage for [2]Celsius{...}}:
./fmt_stringer_forms.go:72:31:     from [2]Celsius{...} (spill) at ./fmt_stringer_forms.go:72:31
./fmt_stringer_forms.go:72:31:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:72:12
./fmt_stringer_forms.go:72:31:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:72:31:     from ... argument (spill) at ./fmt_stringer_forms.go:72:12
./fmt_stringer_forms.go:72:31:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:72:12
./fmt_stringer_forms.go:71:21: []error{...} escapes to heap:
./fmt_stringer_forms.go:71:21:   flow: {storage for ... argument} = &{storage for []error{...}}:
./fmt_stringer_forms.go:71:21:     from []error{...} (spill) at ./fmt_stringer_forms.go:71:21
./fmt_stringer_forms.go:71:21:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:71:13
./fmt_stringer_forms.go:71:21:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:71:21:     from ... argument (spill) at ./fmt_stringer_forms.go:71:13
./fmt_stringer_forms.go:71:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:71:13
./fmt_stringer_forms.go:70:47: Named("x") escapes to heap:
./fmt_stringer_forms.go:70:47:   flow: {storage for ... argument} = &{storage for Named("x")}:
./fmt_stringer_forms.go:70:47:     from Named("x") (spill) at ./fmt_stringer_forms.go:70:47
./fmt_stringer_forms.go:70:47:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:70:12
./fmt_stringer_forms.go:70:47:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:70:47:     from ... argument (spill) at ./fmt_stringer_forms.go:70:12
./fmt_stringer_forms.go:70:47:     from fmt.Printf("%10s|%-8v|\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:70:12
./fmt_stringer_forms.go:70:34: Point{...} escapes to heap:
./fmt_stringer_forms.go:70:34:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_stringer_forms.go:70:34:     from Point{...} (spill) at ./fmt_stringer_forms.go:70:34
./fmt_stringer_forms.go:70:34:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:70:12
./fmt_stringer_forms.go:70:34:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:70:34:     from ... argument (spill) at ./fmt_stringer_forms.go:70:12
./fmt_stringer_forms.go:70:34:     from fmt.Printf("%10s|%-8v|\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:70:12
./fmt_stringer_forms.go:69:20: len(s) escapes to heap:
./fmt_stringer_forms.go:69:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./fmt_stringer_forms.go:69:20:     from len(s) (spill) at ./fmt_stringer_forms.go:69:20
./fmt_stringer_forms.go:69:20:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:69:13
./fmt_stringer_forms.go:69:20:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:69:20:     from ... argument (spill) at ./fmt_stringer_forms.go:69:13
./fmt_stringer_forms.go:69:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:69:13
./fmt_stringer_forms.go:69:13: s escapes to heap:
./fmt_stringer_forms.go:69:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_stringer_forms.go:69:13:     from s (spill) at ./fmt_stringer_forms.go:69:13
./fmt_stringer_forms.go:69:13:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:69:13
./fmt_stringer_forms.go:69:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:69:13:     from ... argument (spill) at ./fmt_stringer_forms.go:69:13
./fmt_stringer_forms.go:69:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:69:13
./fmt_stringer_forms.go:68:35: Point{...} escapes to heap:
./fmt_stringer_forms.go:68:35:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_stringer_forms.go:68:35:     from Point{...} (spill) at ./fmt_stringer_forms.go:68:35
./fmt_stringer_forms.go:68:35:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:68:17
./fmt_stringer_forms.go:68:35:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:68:35:     from ... argument (spill) at ./fmt_stringer_forms.go:68:17
./fmt_stringer_forms.go:68:35:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_forms.go:68:17
./fmt_stringer_forms.go:68:21: " and " escapes to heap:
./fmt_stringer_forms.go:68:21:   flow: {storage for ... argument} = &{storage for " and "}:
./fmt_stringer_forms.go:68:21:     from " and " (spill) at ./fmt_stringer_forms.go:68:21
./fmt_stringer_forms.go:68:21:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:68:17
./fmt_stringer_forms.go:68:21:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:68:21:     from ... argument (spill) at ./fmt_stringer_forms.go:68:17
./fmt_stringer_forms.go:68:21:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_forms.go:68:17
./fmt_stringer_forms.go:68:17: c escapes to heap:
./fmt_stringer_forms.go:68:17:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_forms.go:68:17:     from c (spill) at ./fmt_stringer_forms.go:68:17
./fmt_stringer_forms.go:68:17:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:68:17
./fmt_stringer_forms.go:68:17:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:68:17:     from ... argument (spill) at ./fmt_stringer_forms.go:68:17
./fmt_stringer_forms.go:68:17:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_stringer_forms.go:68:17
./fmt_stringer_forms.go:67:36: Boom{} escapes to heap:
./fmt_stringer_forms.go:67:36:   flow: {storage for ... argument} = &{storage for Boom{}}:
./fmt_stringer_forms.go:67:36:     from Boom{} (spill) at ./fmt_stringer_forms.go:67:36
./fmt_stringer_forms.go:67:36:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:67:12
./fmt_stringer_forms.go:67:36:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:67:36:     from ... argument (spill) at ./fmt_stringer_forms.go:67:12
./fmt_stringer_forms.go:67:36:     from fmt.Printf("%s|%d\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:67:12
./fmt_stringer_forms.go:67:28: Boom{} escapes to heap:
./fmt_stringer_forms.go:67:28:   flow: {storage for ... argument} = &{storage for Boom{}}:
./fmt_stringer_forms.go:67:28:     from Boom{} (spill) at ./fmt_stringer_forms.go:67:28
./fmt_stringer_forms.go:67:28:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:67:12
./fmt_stringer_forms.go:67:28:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:67:28:     from ... argument (spill) at ./fmt_stringer_forms.go:67:12
./fmt_stringer_forms.go:67:28:     from fmt.Printf("%s|%d\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:67:12
./fmt_stringer_forms.go:66:18: Boom{} escapes to heap:
./fmt_stringer_forms.go:66:18:   flow: {storage for ... argument} = &{storage for Boom{}}:
./fmt_stringer_forms.go:66:18:     from Boom{} (spill) at ./fmt_stringer_forms.go:66:18
./fmt_stringer_forms.go:66:18:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:66:13
./fmt_stringer_forms.go:66:18:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:66:18:     from ... argument (spill) at ./fmt_stringer_forms.go:66:13
./fmt_stringer_forms.go:66:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:66:13
./fmt_stringer_forms.go:62:19: []*PP{...} escapes to heap:
./fmt_stringer_forms.go:62:19:   flow: {storage for ... argument} = &{storage for []*PP{...}}:
./fmt_stringer_forms.go:62:19:     from []*PP{...} (spill) at ./fmt_stringer_forms.go:62:19
./fmt_stringer_forms.go:62:19:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:62:13
./fmt_stringer_forms.go:62:19:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:62:19:     from ... argument (spill) at ./fmt_stringer_forms.go:62:13
./fmt_stringer_forms.go:62:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:62:13
./fmt_stringer_forms.go:61:32: G{...} escapes to heap:
./fmt_stringer_forms.go:61:32:   flow: {storage for ... argument} = &{storage for G{...}}:
./fmt_stringer_forms.go:61:32:     from G{...} (spill) at ./fmt_stringer_forms.go:61:32
./fmt_stringer_forms.go:61:32:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:61:12
./fmt_stringer_forms.go:61:32:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:61:32:     from ... argument (spill) at ./fmt_stringer_forms.go:61:12
./fmt_stringer_forms.go:61:32:     from fmt.Printf("%#v %v\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:61:12
./fmt_stringer_forms.go:61:26: G{...} escapes to heap:
./fmt_stringer_forms.go:61:26:   flow: {storage for ... argument} = &{storage for G{...}}:
./fmt_stringer_forms.go:61:26:     from G{...} (spill) at ./fmt_stringer_forms.go:61:26
./fmt_stringer_forms.go:61:26:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:61:12
./fmt_stringer_forms.go:61:26:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:61:26:     from ... argument (spill) at ./fmt_stringer_forms.go:61:12
./fmt_stringer_forms.go:61:26:     from fmt.Printf("%#v %v\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:61:12
./fmt_stringer_forms.go:60:82: wrap{...} escapes to heap:
./fmt_stringer_forms.go:60:82:   flow: {storage for ... argument} = &{storage for wrap{...}}:
./fmt_stringer_forms.go:60:82:     from wrap{...} (spill) at ./fmt_stringer_forms.go:60:82
./fmt_stringer_forms.go:60:82:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:60:12
./fmt_stringer_forms.go:60:82:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:60:82:     from ... argument (spill) at ./fmt_stringer_forms.go:60:12
./fmt_stringer_forms.go:60:82:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:60:12
./fmt_stringer_forms.go:60:29: wrap{...} escapes to heap:
./fmt_stringer_forms.go:60:29:   flow: {storage for ... argument} = &{storage for wrap{...}}:
./fmt_stringer_forms.go:60:29:     from wrap{...} (spill) at ./fmt_stringer_forms.go:60:29
./fmt_stringer_forms.go:60:29:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:60:12
./fmt_stringer_forms.go:60:29:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:60:29:     from ... argument (spill) at ./fmt_stringer_forms.go:60:12
./fmt_stringer_forms.go:60:29:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:60:12
./fmt_stringer_forms.go:59:83: map[Named]int{...} escapes to heap:
./fmt_stringer_forms.go:59:83:   flow: {storage for ... argument} = &{storage for map[Named]int{...}}:
./fmt_stringer_forms.go:59:83:     from map[Named]int{...} (spill) at ./fmt_stringer_forms.go:59:83
./fmt_stringer_forms.go:59:83:     from map[Named]int{...} (interface-converted) at ./fmt_stringer_forms.go:59:83
./fmt_stringer_forms.go:59:83:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:59:13
./fmt_stringer_forms.go:59:83:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:59:83:     from ... argument (spill) at ./fmt_stringer_forms.go:59:13
./fmt_stringer_forms.go:59:83:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:59:13
./fmt_stringer_forms.go:59:55: map[string]Point{...} escapes to heap:
./fmt_stringer_forms.go:59:55:   flow: {storage for ... argument} = &{storage for map[string]Point{...}}:
./fmt_stringer_forms.go:59:55:     from map[string]Point{...} (spill) at ./fmt_stringer_forms.go:59:55
./fmt_stringer_forms.go:59:55:     from map[string]Point{...} (interface-converted) at ./fmt_stringer_forms.go:59:55
./fmt_stringer_forms.go:59:55:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:59:13
./fmt_stringer_forms.go:59:55:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:59:55:     from ... argument (spill) at ./fmt_stringer_forms.go:59:13
./fmt_stringer_forms.go:59:55:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:59:13
./fmt_stringer_forms.go:59:21: []Point{...} escapes to heap:
./fmt_stringer_forms.go:59:21:   flow: {storage for ... argument} = &{storage for []Point{...}}:
./fmt_stringer_forms.go:59:21:     from []Point{...} (spill) at ./fmt_stringer_forms.go:59:21
./fmt_stringer_forms.go:59:21:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:59:13
./fmt_stringer_forms.go:59:21:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:59:21:     from ... argument (spill) at ./fmt_stringer_forms.go:59:13
./fmt_stringer_forms.go:59:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:59:13
./fmt_stringer_forms.go:58:71: Both{} escapes to heap:
./fmt_stringer_forms.go:58:71:   flow: {storage for ... argument} = &{storage for Both{}}:
./fmt_stringer_forms.go:58:71:     from Both{} (spill) at ./fmt_stringer_forms.go:58:71
./fmt_stringer_forms.go:58:71:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:71:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:58:71:     from ... argument (spill) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:71:     from fmt.Printf("%v|%s|%q|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:63: Both{} escapes to heap:
./fmt_stringer_forms.go:58:63:   flow: {storage for ... argument} = &{storage for Both{}}:
./fmt_stringer_forms.go:58:63:     from Both{} (spill) at ./fmt_stringer_forms.go:58:63
./fmt_stringer_forms.go:58:63:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:63:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:58:63:     from ... argument (spill) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:63:     from fmt.Printf("%v|%s|%q|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:55: Both{} escapes to heap:
./fmt_stringer_forms.go:58:55:   flow: {storage for ... argument} = &{storage for Both{}}:
./fmt_stringer_forms.go:58:55:     from Both{} (spill) at ./fmt_stringer_forms.go:58:55
./fmt_stringer_forms.go:58:55:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:55:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:58:55:     from ... argument (spill) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:55:     from fmt.Printf("%v|%s|%q|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:47: Both{} escapes to heap:
./fmt_stringer_forms.go:58:47:   flow: {storage for ... argument} = &{storage for Both{}}:
./fmt_stringer_forms.go:58:47:     from Both{} (spill) at ./fmt_stringer_forms.go:58:47
./fmt_stringer_forms.go:58:47:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:47:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:58:47:     from ... argument (spill) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:47:     from fmt.Printf("%v|%s|%q|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:39: Both{} escapes to heap:
./fmt_stringer_forms.go:58:39:   flow: {storage for ... argument} = &{storage for Both{}}:
./fmt_stringer_forms.go:58:39:     from Both{} (spill) at ./fmt_stringer_forms.go:58:39
./fmt_stringer_forms.go:58:39:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:39:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:58:39:     from ... argument (spill) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:58:39:     from fmt.Printf("%v|%s|%q|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:58:12
./fmt_stringer_forms.go:56:16: &MyErr{...} escapes to heap:
./fmt_stringer_forms.go:56:16:   flow: e = &{storage for &MyErr{...}}:
./fmt_stringer_forms.go:56:16:     from &MyErr{...} (spill) at ./fmt_stringer_forms.go:56:16
./fmt_stringer_forms.go:56:16:     from &MyErr{...} (interface-converted) at ./fmt_stringer_forms.go:56:22
./fmt_stringer_forms.go:56:16:     from e = &MyErr{...} (assign) at ./fmt_stringer_forms.go:56:6
./fmt_stringer_forms.go:56:16:   flow: {storage for ... argument} = e:
./fmt_stringer_forms.go:56:16:     from e (interface-converted) at ./fmt_stringer_forms.go:57:13
./fmt_stringer_forms.go:56:16:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:57:13
./fmt_stringer_forms.go:56:16:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:56:16:     from ... argument (spill) at ./fmt_stringer_forms.go:57:13
./fmt_stringer_forms.go:56:16:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:57:13
./fmt_stringer_forms.go:55:21: &PP{...} escapes to heap:
./fmt_stringer_forms.go:55:21:   flow: {storage for ... argument} = &{storage for &PP{...}}:
./fmt_stringer_forms.go:55:21:     from &PP{...} (spill) at ./fmt_stringer_forms.go:55:21
./fmt_stringer_forms.go:55:21:     from &PP{...} (interface-converted) at ./fmt_stringer_forms.go:55:21
./fmt_stringer_forms.go:55:21:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:55:13
./fmt_stringer_forms.go:55:21:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:55:21:     from ... argument (spill) at ./fmt_stringer_forms.go:55:13
./fmt_stringer_forms.go:55:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:55:13
./fmt_stringer_forms.go:55:16: PP{...} escapes to heap:
./fmt_stringer_forms.go:55:16:   flow: {storage for ... argument} = &{storage for PP{...}}:
./fmt_stringer_forms.go:55:16:     from PP{...} (spill) at ./fmt_stringer_forms.go:55:16
./fmt_stringer_forms.go:55:16:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:55:13
./fmt_stringer_forms.go:55:16:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:55:16:     from ... argument (spill) at ./fmt_stringer_forms.go:55:13
./fmt_stringer_forms.go:55:16:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:55:13
./fmt_stringer_forms.go:54:96: Point{...} escapes to heap:
./fmt_stringer_forms.go:54:96:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_stringer_forms.go:54:96:     from Point{...} (spill) at ./fmt_stringer_forms.go:54:96
./fmt_stringer_forms.go:54:96:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:96:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:54:96:     from ... argument (spill) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:96:     from fmt.Printf("%v %s %q %x %X %d\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:83: Named("hi") escapes to heap:
./fmt_stringer_forms.go:54:83:   flow: {storage for ... argument} = &{storage for Named("hi")}:
./fmt_stringer_forms.go:54:83:     from Named("hi") (spill) at ./fmt_stringer_forms.go:54:83
./fmt_stringer_forms.go:54:83:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:83:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:54:83:     from ... argument (spill) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:83:     from fmt.Printf("%v %s %q %x %X %d\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:70: Named("hi") escapes to heap:
./fmt_stringer_forms.go:54:70:   flow: {storage for ... argument} = &{storage for Named("hi")}:
./fmt_stringer_forms.go:54:70:     from Named("hi") (spill) at ./fmt_stringer_forms.go:54:70
./fmt_stringer_forms.go:54:70:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:70:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:54:70:     from ... argument (spill) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:70:     from fmt.Printf("%v %s %q %x %X %d\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:57: Named("hi") escapes to heap:
./fmt_stringer_forms.go:54:57:   flow: {storage for ... argument} = &{storage for Named("hi")}:
./fmt_stringer_forms.go:54:57:     from Named("hi") (spill) at ./fmt_stringer_forms.go:54:57
./fmt_stringer_forms.go:54:57:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:57:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:54:57:     from ... argument (spill) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:57:     from fmt.Printf("%v %s %q %x %X %d\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:44: Point{...} escapes to heap:
./fmt_stringer_forms.go:54:44:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_stringer_forms.go:54:44:     from Point{...} (spill) at ./fmt_stringer_forms.go:54:44
./fmt_stringer_forms.go:54:44:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:44:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:54:44:     from ... argument (spill) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:44:     from fmt.Printf("%v %s %q %x %X %d\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:13: c escapes to heap:
./fmt_stringer_forms.go:54:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_forms.go:54:13:     from c (spill) at ./fmt_stringer_forms.go:54:13
./fmt_stringer_forms.go:54:13:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:54:13:     from ... argument (spill) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:54:13:     from fmt.Printf("%v %s %q %x %X %d\n", ... argument...) (call parameter) at ./fmt_stringer_forms.go:54:12
./fmt_stringer_forms.go:53:22: Point{...} escapes to heap:
./fmt_stringer_forms.go:53:22:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_stringer_forms.go:53:22:     from Point{...} (spill) at ./fmt_stringer_forms.go:53:22
./fmt_stringer_forms.go:53:22:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:53:13
./fmt_stringer_forms.go:53:22:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:53:22:     from ... argument (spill) at ./fmt_stringer_forms.go:53:13
./fmt_stringer_forms.go:53:22:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:53:13
./fmt_stringer_forms.go:53:13: c escapes to heap:
./fmt_stringer_forms.go:53:13:   flow: {storage for ... argument} = &{storage for c}:
./fmt_stringer_forms.go:53:13:     from c (spill) at ./fmt_stringer_forms.go:53:13
./fmt_stringer_forms.go:53:13:     from ... argument (slice-literal-element) at ./fmt_stringer_forms.go:53:13
./fmt_stringer_forms.go:53:13:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_forms.go:53:13:     from ... argument (spill) at ./fmt_stringer_forms.go:53:13
./fmt_stringer_forms.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_forms.go:53:13
./fmt_stringer_forms.go:71:21: []error{...} escapes to heap:
./fmt_stringer_forms.go:71:21:   flow: {storage for []error{...}} = &{storage for []error{...}}:
./fmt_stringer_forms.go:71:21:     from []error{...} (spill) at ./fmt_stringer_forms.go:71:21
./fmt_stringer_forms.go:71:21:     from []error{...} (interface-converted) at ./fmt_stringer_forms.go:71:21
./fmt_stringer_forms.go:62:19: []*PP{...} escapes to heap:
./fmt_stringer_forms.go:62:19:   flow: {storage for []*PP{...}} = &{storage for []*PP{...}}:
./fmt_stringer_forms.go:62:19:     from []*PP{...} (spill) at ./fmt_stringer_forms.go:62:19
./fmt_stringer_forms.go:62:19:     from []*PP{...} (interface-converted) at ./fmt_stringer_forms.go:62:19
./fmt_stringer_forms.go:62:20: &PP{...} escapes to heap:
./fmt_stringer_forms.go:62:20:   flow: {storage for []*PP{...}} = &{storage for &PP{...}}:
./fmt_stringer_forms.go:62:20:     from &PP{...} (spill) at ./fmt_stringer_forms.go:62:20
./fmt_stringer_forms.go:62:20:     from []*PP{...} (slice-literal-element) at ./fmt_stringer_forms.go:62:19
./fmt_stringer_forms.go:59:21: []Point{...} escapes to heap:
./fmt_stringer_forms.go:59:21:   flow: {storage for []Point{...}} = &{storage for []Point{...}}:
./fmt_stringer_forms.go:59:21:     from []Point{...} (spill) at ./fmt_stringer_forms.go:59:21
./fmt_stringer_forms.go:59:21:     from []Point{...} (interface-converted) at ./fmt_stringer_forms.go:59:21
./fmt_stringer_forms.go:53:13: ... argument does not escape
./fmt_stringer_forms.go:53:13: c escapes to heap
./fmt_stringer_forms.go:53:22: Point{...} escapes to heap
./fmt_stringer_forms.go:54:12: ... argument does not escape
./fmt_stringer_forms.go:54:13: c escapes to heap
./fmt_stringer_forms.go:54:44: Point{...} escapes to heap
./fmt_stringer_forms.go:54:57: Named("hi") escapes to heap
./fmt_stringer_forms.go:54:70: Named("hi") escapes to heap
./fmt_stringer_forms.go:54:83: Named("hi") escapes to heap
./fmt_stringer_forms.go:54:96: Point{...} escapes to heap
./fmt_stringer_forms.go:55:13: ... argument does not escape
./fmt_stringer_forms.go:55:16: PP{...} escapes to heap
./fmt_stringer_forms.go:55:21: &PP{...} escapes to heap
./fmt_stringer_forms.go:56:16: &MyErr{...} escapes to heap
./fmt_stringer_forms.go:57:13: ... argument does not escape
./fmt_stringer_forms.go:58:12: ... argument does not escape
./fmt_stringer_forms.go:58:39: Both{} escapes to heap
./fmt_stringer_forms.go:58:47: Both{} escapes to heap
./fmt_stringer_forms.go:58:55: Both{} escapes to heap
./fmt_stringer_forms.go:58:63: Both{} escapes to heap
./fmt_stringer_forms.go:58:71: Both{} escapes to heap
./fmt_stringer_forms.go:59:13: ... argument does not escape
./fmt_stringer_forms.go:59:21: []Point{...} escapes to heap
./fmt_stringer_forms.go:59:21: []Point{...} escapes to heap
./fmt_stringer_forms.go:59:55: map[string]Point{...} escapes to heap
./fmt_stringer_forms.go:59:83: map[Named]int{...} escapes to heap
./fmt_stringer_forms.go:60:12: ... argument does not escape
./fmt_stringer_forms.go:60:29: wrap{...} escapes to heap
./fmt_stringer_forms.go:60:82: wrap{...} escapes to heap
./fmt_stringer_forms.go:61:12: ... argument does not escape
./fmt_stringer_forms.go:61:26: G{...} escapes to heap
./fmt_stringer_forms.go:61:32: G{...} escapes to heap
./fmt_stringer_forms.go:62:13: ... argument does not escape
./fmt_stringer_forms.go:62:19: []*PP{...} escapes to heap
./fmt_stringer_forms.go:62:19: []*PP{...} escapes to heap
./fmt_stringer_forms.go:62:20: &PP{...} escapes to heap
./fmt_stringer_forms.go:64:13: ... argument does not escape
./fmt_stringer_forms.go:65:12: ... argument does not escape
./fmt_stringer_forms.go:66:13: ... argument does not escape
./fmt_stringer_forms.go:66:18: Boom{} escapes to heap
./fmt_stringer_forms.go:67:12: ... argument does not escape
./fmt_stringer_forms.go:67:28: Boom{} escapes to heap
./fmt_stringer_forms.go:67:36: Boom{} escapes to heap
./fmt_stringer_forms.go:68:17: ... argument does not escape
./fmt_stringer_forms.go:68:17: c escapes to heap
./fmt_stringer_forms.go:68:21: " and " escapes to heap
./fmt_stringer_forms.go:68:35: Point{...} escapes to heap
./fmt_stringer_forms.go:69:13: ... argument does not escape
./fmt_stringer_forms.go:69:13: s escapes to heap
./fmt_stringer_forms.go:69:20: len(s) escapes to heap
./fmt_stringer_forms.go:70:12: ... argument does not escape
./fmt_stringer_forms.go:70:34: Point{...} escapes to heap
./fmt_stringer_forms.go:70:47: Named("x") escapes to heap
./fmt_stringer_forms.go:71:13: ... argument does not escape
./fmt_stringer_forms.go:71:21: []error{...} escapes to heap
./fmt_stringer_forms.go:71:21: []error{...} escapes to heap
./fmt_stringer_forms.go:72:12: ... argument does not escape
./fmt_stringer_forms.go:72:31: [2]Celsius{...} escapes to heap
