./method_named_struct.go:9:71: p.Y escapes to heap:
./method_named_struct.go:9:71:   flow: {storage for ... argument} = &{storage for p.Y}:
./method_named_struct.go:9:71:     from p.Y (spill) at ./method_named_struct.go:9:71
./method_named_struct.go:9:71:     from ... argument (slice-literal-element) at ./method_named_struct.go:9:53
./method_named_struct.go:9:71:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:9:71:     from ... argument (spill) at ./method_named_struct.go:9:53
./method_named_struct.go:9:71:     from fmt.Sprintf("(%d,%d)", ... argument...) (call parameter) at ./method_named_struct.go:9:53
./method_named_struct.go:9:66: p.X escapes to heap:
./method_named_struct.go:9:66:   flow: {storage for ... argument} = &{storage for p.X}:
./method_named_struct.go:9:66:     from p.X (spill) at ./method_named_struct.go:9:66
./method_named_struct.go:9:66:     from ... argument (slice-literal-element) at ./method_named_struct.go:9:53
./method_named_struct.go:9:66:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:9:66:     from ... argument (spill) at ./method_named_struct.go:9:53
./method_named_struct.go:9:66:     from fmt.Sprintf("(%d,%d)", ... argument...) (call parameter) at ./method_named_struct.go:9:53
./method_named_struct.go:9:53: ... argument does not escape
./method_named_struct.go:9:66: p.X escapes to heap
./method_named_struct.go:9:71: p.Y escapes to heap
./method_named_struct.go:27:13: pr escapes to heap:
./method_named_struct.go:27:13:   flow: {storage for ... argument} = &{storage for pr}:
./method_named_struct.go:27:13:     from pr (spill) at ./method_named_struct.go:27:13
./method_named_struct.go:27:13:     from ... argument (slice-literal-element) at ./method_named_struct.go:27:12
./method_named_struct.go:27:13:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:27:13:     from ... argument (spill) at ./method_named_struct.go:27:12
./method_named_struct.go:27:13:     from fmt.Printf("%+v %#v\n", ... argument...) (call parameter) at ./method_named_struct.go:27:12
./method_named_struct.go:27:13: v escapes to heap:
./method_named_struct.go:27:13:   flow: {storage for ... argument} = &{storage for v}:
./method_named_struct.go:27:13:     from v (spill) at ./method_named_struct.go:27:13
./method_named_struct.go:27:13:     from ... argument (slice-literal-element) at ./method_named_struct.go:27:12
./method_named_struct.go:27:13:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:27:13:     from ... argument (spill) at ./method_named_struct.go:27:12
./method_named_struct.go:27:13:     from fmt.Printf("%+v %#v\n", ... argument...) (call parameter) at ./method_named_struct.go:27:12
./method_named_struct.go:26:13: pr escapes to heap:
./method_named_struct.go:26:13:   flow: {storage for ... argument} = &{storage for pr}:
./method_named_struct.go:26:13:     from pr (spill) at ./method_named_struct.go:26:13
./method_named_struct.go:26:13:     from ... argument (slice-literal-element) at ./method_named_struct.go:26:12
./method_named_struct.go:26:13:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:26:13:     from ... argument (spill) at ./method_named_struct.go:26:12
./method_named_struct.go:26:13:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./method_named_struct.go:26:12
./method_named_struct.go:26:13: v escapes to heap:
./method_named_struct.go:26:13:   flow: {storage for ... argument} = &{storage for v}:
./method_named_struct.go:26:13:     from v (spill) at ./method_named_struct.go:26:13
./method_named_struct.go:26:13:     from ... argument (slice-literal-element) at ./method_named_struct.go:26:12
./method_named_struct.go:26:13:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:26:13:     from ... argument (spill) at ./method_named_struct.go:26:12
./method_named_struct.go:26:13:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./method_named_struct.go:26:12
./method_named_struct.go:26:13: p escapes to heap:
./method_named_struct.go:26:13:   flow: {storage for ... argument} = &{storage for p}:
./method_named_struct.go:26:13:     from p (spill) at ./method_named_struct.go:26:13
./method_named_struct.go:26:13:     from ... argument (slice-literal-element) at ./method_named_struct.go:26:12
./method_named_struct.go:26:13:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:26:13:     from ... argument (spill) at ./method_named_struct.go:26:12
./method_named_struct.go:26:13:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./method_named_struct.go:26:12
./method_named_struct.go:25:30: Vec.Len2(Vec(pr)) escapes to heap:
./method_named_struct.go:25:30:   flow: {storage for ... argument} = &{storage for Vec.Len2(Vec(pr))}:
./method_named_struct.go:25:30:     from Vec.Len2(Vec(pr)) (spill) at ./method_named_struct.go:25:30
./method_named_struct.go:25:30:     from ... argument (slice-literal-element) at ./method_named_struct.go:25:13
./method_named_struct.go:25:30:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:25:30:     from ... argument (spill) at ./method_named_struct.go:25:13
./method_named_struct.go:25:30:     from fmt.Println(... argument...) (call parameter) at ./method_named_struct.go:25:13
./method_named_struct.go:25:13: pr escapes to heap:
./method_named_struct.go:25:13:   flow: {storage for ... argument} = &{storage for pr}:
./method_named_struct.go:25:13:     from pr (spill) at ./method_named_struct.go:25:13
./method_named_struct.go:25:13:     from ... argument (slice-literal-element) at ./method_named_struct.go:25:13
./method_named_struct.go:25:13:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:25:13:     from ... argument (spill) at ./method_named_struct.go:25:13
./method_named_struct.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./method_named_struct.go:25:13
./method_named_struct.go:22:36: Point.String2(Point(v)) escapes to heap:
./method_named_struct.go:22:36:   flow: {storage for ... argument} = &{storage for Point.String2(Point(v))}:
./method_named_struct.go:22:36:     from Point.String2(Point(v)) (spill) at ./method_named_struct.go:22:36
./method_named_struct.go:22:36:     from ... argument (slice-literal-element) at ./method_named_struct.go:22:13
./method_named_struct.go:22:36:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:22:36:     from ... argument (spill) at ./method_named_struct.go:22:13
./method_named_struct.go:22:36:     from fmt.Println(... argument...) (call parameter) at ./method_named_struct.go:22:13
./method_named_struct.go:22:13: v escapes to heap:
./method_named_struct.go:22:13:   flow: {storage for ... argument} = &{storage for v}:
./method_named_struct.go:22:13:     from v (spill) at ./method_named_struct.go:22:13
./method_named_struct.go:22:13:     from ... argument (slice-literal-element) at ./method_named_struct.go:22:13
./method_named_struct.go:22:13:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:22:13:     from ... argument (spill) at ./method_named_struct.go:22:13
./method_named_struct.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./method_named_struct.go:22:13
./method_named_struct.go:22:13: p escapes to heap:
./method_named_struct.go:22:13:   flow: {storage for ... argument} = &{storage for p}:
./method_named_struct.go:22:13:     from p (spill) at ./method_named_struct.go:22:13
./method_named_struct.go:22:13:     from ... argument (slice-literal-element) at ./method_named_struct.go:22:13
./method_named_struct.go:22:13:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:22:13:     from ... argument (spill) at ./method_named_struct.go:22:13
./method_named_struct.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./method_named_struct.go:22:13
./method_named_struct.go:20:33: Vec.Len2(v) escapes to heap:
./method_named_struct.go:20:33:   flow: {storage for ... argument} = &{storage for Vec.Len2(v)}:
./method_named_struct.go:20:33:     from Vec.Len2(v) (spill) at ./method_named_struct.go:20:33
./method_named_struct.go:20:33:     from ... argument (slice-literal-element) at ./method_named_struct.go:20:13
./method_named_struct.go:20:33:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:20:33:     from ... argument (spill) at ./method_named_struct.go:20:13
./method_named_struct.go:20:33:     from fmt.Println(... argument...) (call parameter) at ./method_named_struct.go:20:13
./method_named_struct.go:20:23: Point.String2(p) escapes to heap:
./method_named_struct.go:20:23:   flow: {storage for ... argument} = &{storage for Point.String2(p)}:
./method_named_struct.go:20:23:     from Point.String2(p) (spill) at ./method_named_struct.go:20:23
./method_named_struct.go:20:23:     from ... argument (slice-literal-element) at ./method_named_struct.go:20:13
./method_named_struct.go:20:23:   flow: {heap} = {storage for ... argument}:
./method_named_struct.go:20:23:     from ... argument (spill) at ./method_named_struct.go:20:13
./method_named_struct.go:20:23:     from fmt.Println(... argument...) (call parameter) at ./method_named_struct.go:20:13
./method_named_struct.go:20:13: ... argument does not escape
./method_named_struct.go:20:23: Point.String2(p) escapes to heap
./method_named_struct.go:20:33: Vec.Len2(v) escapes to heap
./method_named_struct.go:22:13: ... argument does not escape
./method_named_struct.go:22:13: p escapes to heap
./method_named_struct.go:22:13: v escapes to heap
./method_named_struct.go:22:36: Point.String2(Point(v)) escapes to heap
./method_named_struct.go:25:13: ... argument does not escape
./method_named_struct.go:25:13: pr escapes to heap
./method_named_struct.go:25:30: Vec.Len2(Vec(pr)) escapes to heap
./method_named_struct.go:26:12: ... argument does not escape
./method_named_struct.go:26:13: p escapes to heap
./method_named_struct.go:26:13: v escapes to heap
./method_named_struct.go:26:13: pr escapes to heap
./method_named_struct.go:27:12: ... argument does not escape
./method_named_struct.go:27:13: v escapes to heap
./method_named_struct.go:27:13: pr escapes to heap
