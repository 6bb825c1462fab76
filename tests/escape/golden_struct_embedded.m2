./golden_struct_embedded.go:39:21: b.ID escapes to heap:
./golden_struct_embedded.go:39:21:   flow: {storage for ... argument} = &{storage for b.ID}:
./golden_struct_embedded.go:39:21:     from b.ID (spill) at ./golden_struct_embedded.go:39:21
./golden_struct_embedded.go:39:21:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:39:13
./golden_struct_embedded.go:39:21:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:39:21:     from ... argument (spill) at ./golden_struct_embedded.go:39:13
./golden_struct_embedded.go:39:21:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:39:13
./golden_struct_embedded.go:39:15: u.Base.ID escapes to heap:
./golden_struct_embedded.go:39:15:   flow: {storage for ... argument} = &{storage for u.Base.ID}:
./golden_struct_embedded.go:39:15:     from u.Base.ID (spill) at ./golden_struct_embedded.go:39:15
./golden_struct_embedded.go:39:15:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:39:13
./golden_struct_embedded.go:39:15:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:39:15:     from ... argument (spill) at ./golden_struct_embedded.go:39:13
./golden_struct_embedded.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:39:13
./golden_struct_embedded.go:35:21: u.Timestamps.Updated escapes to heap:
./golden_struct_embedded.go:35:21:   flow: {storage for ... argument} = &{storage for u.Timestamps.Updated}:
./golden_struct_embedded.go:35:21:     from u.Timestamps.Updated (spill) at ./golden_struct_embedded.go:35:21
./golden_struct_embedded.go:35:21:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:35:13
./golden_struct_embedded.go:35:21:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:35:21:     from ... argument (spill) at ./golden_struct_embedded.go:35:13
./golden_struct_embedded.go:35:21:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:35:13
./golden_struct_embedded.go:35:15: u.Base.ID escapes to heap:
./golden_struct_embedded.go:35:15:   flow: {storage for ... argument} = &{storage for u.Base.ID}:
./golden_struct_embedded.go:35:15:     from u.Base.ID (spill) at ./golden_struct_embedded.go:35:15
./golden_struct_embedded.go:35:15:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:35:13
./golden_struct_embedded.go:35:15:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:35:15:     from ... argument (spill) at ./golden_struct_embedded.go:35:13
./golden_struct_embedded.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:35:13
./golden_struct_embedded.go:30:13: u escapes to heap:
./golden_struct_embedded.go:30:13:   flow: {storage for ... argument} = &{storage for u}:
./golden_struct_embedded.go:30:13:     from u (spill) at ./golden_struct_embedded.go:30:13
./golden_struct_embedded.go:30:13:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:30:12
./golden_struct_embedded.go:30:13:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:30:13:     from ... argument (spill) at ./golden_struct_embedded.go:30:12
./golden_struct_embedded.go:30:13:     from fmt.Printf("%v\n%+v\n", ... argument...) (call parameter) at ./golden_struct_embedded.go:30:12
./golden_struct_embedded.go:30:13: u escapes to heap:
./golden_struct_embedded.go:30:13:   flow: {storage for ... argument} = &{storage for u}:
./golden_struct_embedded.go:30:13:     from u (spill) at ./golden_struct_embedded.go:30:13
./golden_struct_embedded.go:30:13:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:30:12
./golden_struct_embedded.go:30:13:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:30:13:     from ... argument (spill) at ./golden_struct_embedded.go:30:12
./golden_struct_embedded.go:30:13:     from fmt.Printf("%v\n%+v\n", ... argument...) (call parameter) at ./golden_struct_embedded.go:30:12
./golden_struct_embedded.go:29:37: u.Timestamps.Updated escapes to heap:
./golden_struct_embedded.go:29:37:   flow: {storage for ... argument} = &{storage for u.Timestamps.Updated}:
./golden_struct_embedded.go:29:37:     from u.Timestamps.Updated (spill) at ./golden_struct_embedded.go:29:37
./golden_struct_embedded.go:29:37:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:29:13
./golden_struct_embedded.go:29:37:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:29:37:     from ... argument (spill) at ./golden_struct_embedded.go:29:13
./golden_struct_embedded.go:29:37:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:29:13
./golden_struct_embedded.go:29:26: u.Timestamps.Created escapes to heap:
./golden_struct_embedded.go:29:26:   flow: {storage for ... argument} = &{storage for u.Timestamps.Created}:
./golden_struct_embedded.go:29:26:     from u.Timestamps.Created (spill) at ./golden_struct_embedded.go:29:26
./golden_struct_embedded.go:29:26:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:29:13
./golden_struct_embedded.go:29:26:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:29:26:     from ... argument (spill) at ./golden_struct_embedded.go:29:13
./golden_struct_embedded.go:29:26:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:29:13
./golden_struct_embedded.go:29:20: u.Base.ID escapes to heap:
./golden_struct_embedded.go:29:20:   flow: {storage for ... argument} = &{storage for u.Base.ID}:
./golden_struct_embedded.go:29:20:     from u.Base.ID (spill) at ./golden_struct_embedded.go:29:20
./golden_struct_embedded.go:29:20:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:29:13
./golden_struct_embedded.go:29:20:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:29:20:     from ... argument (spill) at ./golden_struct_embedded.go:29:13
./golden_struct_embedded.go:29:20:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:29:13
./golden_struct_embedded.go:25:42: u.Email escapes to heap:
./golden_struct_embedded.go:25:42:   flow: {storage for ... argument} = &{storage for u.Email}:
./golden_struct_embedded.go:25:42:     from u.Email (spill) at ./golden_struct_embedded.go:25:42
./golden_struct_embedded.go:25:42:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:42:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:25:42:     from ... argument (spill) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:42:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:34: u.Base.Name escapes to heap:
./golden_struct_embedded.go:25:34:   flow: {storage for ... argument} = &{storage for u.Base.Name}:
./golden_struct_embedded.go:25:34:     from u.Base.Name (spill) at ./golden_struct_embedded.go:25:34
./golden_struct_embedded.go:25:34:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:34:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:25:34:     from ... argument (spill) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:34:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:21: u.Name escapes to heap:
./golden_struct_embedded.go:25:21:   flow: {storage for ... argument} = &{storage for u.Name}:
./golden_struct_embedded.go:25:21:     from u.Name (spill) at ./golden_struct_embedded.go:25:21
./golden_struct_embedded.go:25:21:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:21:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:25:21:     from ... argument (spill) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:21:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:15: u.Base.ID escapes to heap:
./golden_struct_embedded.go:25:15:   flow: {storage for ... argument} = &{storage for u.Base.ID}:
./golden_struct_embedded.go:25:15:     from u.Base.ID (spill) at ./golden_struct_embedded.go:25:15
./golden_struct_embedded.go:25:15:     from ... argument (slice-literal-element) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:15:   flow: {heap} = {storage for ... argument}:
./golden_struct_embedded.go:25:15:     from ... argument (spill) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:15:     from fmt.Println(... argument...) (call parameter) at ./golden_struct_embedded.go:25:13
./golden_struct_embedded.go:25:13: ... argument does not escape
./golden_struct_embedded.go:25:15: u.Base.ID escapes to heap
./golden_struct_embedded.go:25:21: u.Name escapes to heap
./golden_struct_embedded.go:25:34: u.Base.Name escapes to heap
./golden_struct_embedded.go:25:42: u.Email escapes to heap
./golden_struct_embedded.go:29:13: ... argument does not escape
./golden_struct_embedded.go:29:20: u.Base.ID escapes to heap
./golden_struct_embedded.go:29:26: u.Timestamps.Created escapes to heap
./golden_struct_embedded.go:29:37: u.Timestamps.Updated escapes to heap
./golden_struct_embedded.go:30:12: ... argument does not escape
./golden_struct_embedded.go:30:13: u escapes to heap
./golden_struct_embedded.go:30:13: u escapes to heap
./golden_struct_embedded.go:35:13: ... argument does not escape
./golden_struct_embedded.go:35:15: u.Base.ID escapes to heap
./golden_struct_embedded.go:35:21: u.Timestamps.Updated escapes to heap
./golden_struct_embedded.go:39:13: ... argument does not escape
./golden_struct_embedded.go:39:15: u.Base.ID escapes to heap
./golden_struct_embedded.go:39:21: b.ID escapes to heap
