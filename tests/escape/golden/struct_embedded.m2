./struct_embedded.go:39:21: b.ID escapes to heap:
./struct_embedded.go:39:21:   flow: {storage for ... argument} = &{storage for b.ID}:
./struct_embedded.go:39:21:     from b.ID (spill) at ./struct_embedded.go:39:21
./struct_embedded.go:39:21:     from ... argument (slice-literal-element) at ./struct_embedded.go:39:13
./struct_embedded.go:39:21:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:39:21:     from ... argument (spill) at ./struct_embedded.go:39:13
./struct_embedded.go:39:21:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:39:13
./struct_embedded.go:39:15: u.Base.ID escapes to heap:
./struct_embedded.go:39:15:   flow: {storage for ... argument} = &{storage for u.Base.ID}:
./struct_embedded.go:39:15:     from u.Base.ID (spill) at ./struct_embedded.go:39:15
./struct_embedded.go:39:15:     from ... argument (slice-literal-element) at ./struct_embedded.go:39:13
./struct_embedded.go:39:15:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:39:15:     from ... argument (spill) at ./struct_embedded.go:39:13
./struct_embedded.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:39:13
./struct_embedded.go:35:21: u.Timestamps.Updated escapes to heap:
./struct_embedded.go:35:21:   flow: {storage for ... argument} = &{storage for u.Timestamps.Updated}:
./struct_embedded.go:35:21:     from u.Timestamps.Updated (spill) at ./struct_embedded.go:35:21
./struct_embedded.go:35:21:     from ... argument (slice-literal-element) at ./struct_embedded.go:35:13
./struct_embedded.go:35:21:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:35:21:     from ... argument (spill) at ./struct_embedded.go:35:13
./struct_embedded.go:35:21:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:35:13
./struct_embedded.go:35:15: u.Base.ID escapes to heap:
./struct_embedded.go:35:15:   flow: {storage for ... argument} = &{storage for u.Base.ID}:
./struct_embedded.go:35:15:     from u.Base.ID (spill) at ./struct_embedded.go:35:15
./struct_embedded.go:35:15:     from ... argument (slice-literal-element) at ./struct_embedded.go:35:13
./struct_embedded.go:35:15:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:35:15:     from ... argument (spill) at ./struct_embedded.go:35:13
./struct_embedded.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:35:13
./struct_embedded.go:30:13: u escapes to heap:
./struct_embedded.go:30:13:   flow: {storage for ... argument} = &{storage for u}:
./struct_embedded.go:30:13:     from u (spill) at ./struct_embedded.go:30:13
./struct_embedded.go:30:13:     from ... argument (slice-literal-element) at ./struct_embedded.go:30:12
./struct_embedded.go:30:13:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:30:13:     from ... argument (spill) at ./struct_embedded.go:30:12
./struct_embedded.go:30:13:     from fmt.Printf("%v\n%+v\n", ... argument...) (call parameter) at ./struct_embedded.go:30:12
./struct_embedded.go:30:13: u escapes to heap:
./struct_embedded.go:30:13:   flow: {storage for ... argument} = &{storage for u}:
./struct_embedded.go:30:13:     from u (spill) at ./struct_embedded.go:30:13
./struct_embedded.go:30:13:     from ... argument (slice-literal-element) at ./struct_embedded.go:30:12
./struct_embedded.go:30:13:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:30:13:     from ... argument (spill) at ./struct_embedded.go:30:12
./struct_embedded.go:30:13:     from fmt.Printf("%v\n%+v\n", ... argument...) (call parameter) at ./struct_embedded.go:30:12
./struct_embedded.go:29:37: u.Timestamps.Updated escapes to heap:
./struct_embedded.go:29:37:   flow: {storage for ... argument} = &{storage for u.Timestamps.Updated}:
./struct_embedded.go:29:37:     from u.Timestamps.Updated (spill) at ./struct_embedded.go:29:37
./struct_embedded.go:29:37:     from ... argument (slice-literal-element) at ./struct_embedded.go:29:13
./struct_embedded.go:29:37:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:29:37:     from ... argument (spill) at ./struct_embedded.go:29:13
./struct_embedded.go:29:37:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:29:13
./struct_embedded.go:29:26: u.Timestamps.Created escapes to heap:
./struct_embedded.go:29:26:   flow: {storage for ... argument} = &{storage for u.Timestamps.Created}:
./struct_embedded.go:29:26:     from u.Timestamps.Created (spill) at ./struct_embedded.go:29:26
./struct_embedded.go:29:26:     from ... argument (slice-literal-element) at ./struct_embedded.go:29:13
./struct_embedded.go:29:26:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:29:26:     from ... argument (spill) at ./struct_embedded.go:29:13
./struct_embedded.go:29:26:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:29:13
./struct_embedded.go:29:20: u.Base.ID escapes to heap:
./struct_embedded.go:29:20:   flow: {storage for ... argument} = &{storage for u.Base.ID}:
./struct_embedded.go:29:20:     from u.Base.ID (spill) at ./struct_embedded.go:29:20
./struct_embedded.go:29:20:     from ... argument (slice-literal-element) at ./struct_embedded.go:29:13
./struct_embedded.go:29:20:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:29:20:     from ... argument (spill) at ./struct_embedded.go:29:13
./struct_embedded.go:29:20:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:29:13
./struct_embedded.go:25:42: u.Email escapes to heap:
./struct_embedded.go:25:42:   flow: {storage for ... argument} = &{storage for u.Email}:
./struct_embedded.go:25:42:     from u.Email (spill) at ./struct_embedded.go:25:42
./struct_embedded.go:25:42:     from ... argument (slice-literal-element) at ./struct_embedded.go:25:13
./struct_embedded.go:25:42:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:25:42:     from ... argument (spill) at ./struct_embedded.go:25:13
./struct_embedded.go:25:42:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:25:13
./struct_embedded.go:25:34: u.Base.Name escapes to heap:
./struct_embedded.go:25:34:   flow: {storage for ... argument} = &{storage for u.Base.Name}:
./struct_embedded.go:25:34:     from u.Base.Name (spill) at ./struct_embedded.go:25:34
./struct_embedded.go:25:34:     from ... argument (slice-literal-element) at ./struct_embedded.go:25:13
./struct_embedded.go:25:34:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:25:34:     from ... argument (spill) at ./struct_embedded.go:25:13
./struct_embedded.go:25:34:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:25:13
./struct_embedded.go:25:21: u.Name escapes to heap:
./struct_embedded.go:25:21:   flow: {storage for ... argument} = &{storage for u.Name}:
./struct_embedded.go:25:21:     from u.Name (spill) at ./struct_embedded.go:25:21
./struct_embedded.go:25:21:     from ... argument (slice-literal-element) at ./struct_embedded.go:25:13
./struct_embedded.go:25:21:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:25:21:     from ... argument (spill) at ./struct_embedded.go:25:13
./struct_embedded.go:25:21:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:25:13
./struct_embedded.go:25:15: u.Base.ID escapes to heap:
./struct_embedded.go:25:15:   flow: {storage for ... argument} = &{storage for u.Base.ID}:
./struct_embedded.go:25:15:     from u.Base.ID (spill) at ./struct_embedded.go:25:15
./struct_embedded.go:25:15:     from ... argument (slice-literal-element) at ./struct_embedded.go:25:13
./struct_embedded.go:25:15:   flow: {heap} = {storage for ... argument}:
./struct_embedded.go:25:15:     from ... argument (spill) at ./struct_embedded.go:25:13
./struct_embedded.go:25:15:     from fmt.Println(... argument...) (call parameter) at ./struct_embedded.go:25:13
./struct_embedded.go:25:13: ... argument does not escape
./struct_embedded.go:25:15: u.Base.ID escapes to heap
./struct_embedded.go:25:21: u.Name escapes to heap
./struct_embedded.go:25:34: u.Base.Name escapes to heap
./struct_embedded.go:25:42: u.Email escapes to heap
./struct_embedded.go:29:13: ... argument does not escape
./struct_embedded.go:29:20: u.Base.ID escapes to heap
./struct_embedded.go:29:26: u.Timestamps.Created escapes to heap
./struct_embedded.go:29:37: u.Timestamps.Updated escapes to heap
./struct_embedded.go:30:12: ... argument does not escape
./struct_embedded.go:30:13: u escapes to heap
./struct_embedded.go:30:13: u escapes to heap
./struct_embedded.go:35:13: ... argument does not escape
./struct_embedded.go:35:15: u.Base.ID escapes to heap
./struct_embedded.go:35:21: u.Timestamps.Updated escapes to heap
./struct_embedded.go:39:13: ... argument does not escape
./struct_embedded.go:39:15: u.Base.ID escapes to heap
./struct_embedded.go:39:21: b.ID escapes to heap
