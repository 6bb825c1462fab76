./struct_anonymous.go:56:13: nested escapes to heap:
./struct_anonymous.go:56:13:   flow: {storage for ... argument} = &{storage for nested}:
./struct_anonymous.go:56:13:     from nested (spill) at ./struct_anonymous.go:56:13
./struct_anonymous.go:56:13:     from ... argument (slice-literal-element) at ./struct_anonymous.go:56:12
./struct_anonymous.go:56:13:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:56:13:     from ... argument (spill) at ./struct_anonymous.go:56:12
./struct_anonymous.go:56:13:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./struct_anonymous.go:56:12
./struct_anonymous.go:55:13: nested escapes to heap:
./struct_anonymous.go:55:13:   flow: {storage for ... argument} = &{storage for nested}:
./struct_anonymous.go:55:13:     from nested (spill) at ./struct_anonymous.go:55:13
./struct_anonymous.go:55:13:     from ... argument (slice-literal-element) at ./struct_anonymous.go:55:13
./struct_anonymous.go:55:13:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:55:13:     from ... argument (spill) at ./struct_anonymous.go:55:13
./struct_anonymous.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./struct_anonymous.go:55:13
./struct_anonymous.go:49:27: empty == struct {}{} escapes to heap:
./struct_anonymous.go:49:27:   flow: {storage for ... argument} = &{storage for empty == struct {}{}}:
./struct_anonymous.go:49:27:     from empty == struct {}{} (spill) at ./struct_anonymous.go:49:27
./struct_anonymous.go:49:27:     from ... argument (slice-literal-element) at ./struct_anonymous.go:49:13
./struct_anonymous.go:49:27:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:49:27:     from ... argument (spill) at ./struct_anonymous.go:49:13
./struct_anonymous.go:49:27:     from fmt.Println(... argument...) (call parameter) at ./struct_anonymous.go:49:13
./struct_anonymous.go:49:13: empty escapes to heap:
./struct_anonymous.go:49:13:   flow: {storage for ... argument} = &{storage for empty}:
./struct_anonymous.go:49:13:     from empty (spill) at ./struct_anonymous.go:49:13
./struct_anonymous.go:49:13:     from ... argument (slice-literal-element) at ./struct_anonymous.go:49:13
./struct_anonymous.go:49:13:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:49:13:     from ... argument (spill) at ./struct_anonymous.go:49:13
./struct_anonymous.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./struct_anonymous.go:49:13
./struct_anonymous.go:46:13: config escapes to heap:
./struct_anonymous.go:46:13:   flow: {storage for ... argument} = &{storage for config}:
./struct_anonymous.go:46:13:     from config (spill) at ./struct_anonymous.go:46:13
./struct_anonymous.go:46:13:     from ... argument (slice-literal-element) at ./struct_anonymous.go:46:12
./struct_anonymous.go:46:13:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:46:13:     from ... argument (spill) at ./struct_anonymous.go:46:12
./struct_anonymous.go:46:13:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./struct_anonymous.go:46:12
./struct_anonymous.go:46:13: config escapes to heap:
./struct_anonymous.go:46:13:   flow: {storage for ... argument} = &{storage for config}:
./struct_anonymous.go:46:13:     from config (spill) at ./struct_anonymous.go:46:13
./struct_anonymous.go:46:13:     from ... argument (slice-literal-element) at ./struct_anonymous.go:46:12
./struct_anonymous.go:46:13:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:46:13:     from ... argument (spill) at ./struct_anonymous.go:46:12
./struct_anonymous.go:46:13:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./struct_anonymous.go:46:12
./struct_anonymous.go:37:24: " " escapes to heap:
./struct_anonymous.go:37:24:   flow: {storage for ... argument} = &{storage for " "}:
./struct_anonymous.go:37:24:     from " " (spill) at ./struct_anonymous.go:37:24
./struct_anonymous.go:37:24:     from ... argument (slice-literal-element) at ./struct_anonymous.go:37:12
./struct_anonymous.go:37:24:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:37:24:     from ... argument (spill) at ./struct_anonymous.go:37:12
./struct_anonymous.go:37:24:     from fmt.Print(... argument...) (call parameter) at ./struct_anonymous.go:37:12
./struct_anonymous.go:37:17: pt.X + pt.Y escapes to heap:
./struct_anonymous.go:37:17:   flow: {storage for ... argument} = &{storage for pt.X + pt.Y}:
./struct_anonymous.go:37:17:     from pt.X + pt.Y (spill) at ./struct_anonymous.go:37:17
./struct_anonymous.go:37:17:     from ... argument (slice-literal-element) at ./struct_anonymous.go:37:12
./struct_anonymous.go:37:17:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:37:17:     from ... argument (spill) at ./struct_anonymous.go:37:12
./struct_anonymous.go:37:17:     from fmt.Print(... argument...) (call parameter) at ./struct_anonymous.go:37:12
./struct_anonymous.go:33:13: x escapes to heap:
./struct_anonymous.go:33:13:   flow: {storage for ... argument} = &{storage for x}:
./struct_anonymous.go:33:13:     from x (spill) at ./struct_anonymous.go:33:13
./struct_anonymous.go:33:13:     from ... argument (slice-literal-element) at ./struct_anonymous.go:33:12
./struct_anonymous.go:33:13:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:33:13:     from ... argument (spill) at ./struct_anonymous.go:33:12
./struct_anonymous.go:33:13:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./struct_anonymous.go:33:12
./struct_anonymous.go:30:13: p escapes to heap:
./struct_anonymous.go:30:13:   flow: {storage for ... argument} = &{storage for p}:
./struct_anonymous.go:30:13:     from p (spill) at ./struct_anonymous.go:30:13
./struct_anonymous.go:30:13:     from ... argument (slice-literal-element) at ./struct_anonymous.go:30:13
./struct_anonymous.go:30:13:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:30:13:     from ... argument (spill) at ./struct_anonymous.go:30:13
./struct_anonymous.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./struct_anonymous.go:30:13
./struct_anonymous.go:27:19: x == y escapes to heap:
./struct_anonymous.go:27:19:   flow: {storage for ... argument} = &{storage for x == y}:
./struct_anonymous.go:27:19:     from x == y (spill) at ./struct_anonymous.go:27:19
./struct_anonymous.go:27:19:     from ... argument (slice-literal-element) at ./struct_anonymous.go:27:13
./struct_anonymous.go:27:19:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:27:19:     from ... argument (spill) at ./struct_anonymous.go:27:13
./struct_anonymous.go:27:19:     from fmt.Println(... argument...) (call parameter) at ./struct_anonymous.go:27:13
./struct_anonymous.go:27:13: x escapes to heap:
./struct_anonymous.go:27:13:   flow: {storage for ... argument} = &{storage for x}:
./struct_anonymous.go:27:13:     from x (spill) at ./struct_anonymous.go:27:13
./struct_anonymous.go:27:13:     from ... argument (slice-literal-element) at ./struct_anonymous.go:27:13
./struct_anonymous.go:27:13:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:27:13:     from ... argument (spill) at ./struct_anonymous.go:27:13
./struct_anonymous.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./struct_anonymous.go:27:13
./struct_anonymous.go:20:13: x escapes to heap:
./struct_anonymous.go:20:13:   flow: {storage for ... argument} = &{storage for x}:
./struct_anonymous.go:20:13:     from x (spill) at ./struct_anonymous.go:20:13
./struct_anonymous.go:20:13:     from ... argument (slice-literal-element) at ./struct_anonymous.go:20:13
./struct_anonymous.go:20:13:   flow: {heap} = {storage for ... argument}:
./struct_anonymous.go:20:13:     from ... argument (spill) at ./struct_anonymous.go:20:13
./struct_anonymous.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./struct_anonymous.go:20:13
./struct_anonymous.go:20:13: ... argument does not escape
./struct_anonymous.go:20:13: x escapes to heap
./struct_anonymous.go:27:13: ... argument does not escape
./struct_anonymous.go:27:13: x escapes to heap
./struct_anonymous.go:27:19: x == y escapes to heap
./struct_anonymous.go:30:13: ... argument does not escape
./struct_anonymous.go:30:13: p escapes to heap
./struct_anonymous.go:33:12: ... argument does not escape
./struct_anonymous.go:33:13: x escapes to heap
./struct_anonymous.go:35:32: []struct { X int; Y int }{...} does not escape
./struct_anonymous.go:37:12: ... argument does not escape
./struct_anonymous.go:37:17: pt.X + pt.Y escapes to heap
./struct_anonymous.go:37:24: " " escapes to heap
./struct_anonymous.go:46:12: ... argument does not escape
./struct_anonymous.go:46:13: config escapes to heap
./struct_anonymous.go:46:13: config escapes to heap
./struct_anonymous.go:49:13: ... argument does not escape
./struct_anonymous.go:49:13: empty escapes to heap
./struct_anonymous.go:49:27: empty == struct {}{} escapes to heap
./struct_anonymous.go:55:13: ... argument does not escape
./struct_anonymous.go:55:13: nested escapes to heap
./struct_anonymous.go:56:12: ... argument does not escape
./struct_anonymous.go:56:13: nested escapes to heap
