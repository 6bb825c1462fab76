./bytes_split_capacity.go:13:31: make([]byte, 0, 20) escapes to heap:
./bytes_split_capacity.go:13:31:   flow: {heap} = &{storage for make([]byte, 0, 20)}:
./bytes_split_capacity.go:13:31:     from make([]byte, 0, 20) (spill) at ./bytes_split_capacity.go:13:31
./bytes_split_capacity.go:13:31:     from append(make([]byte, 0, 20), " x y "...) (call parameter) at ./bytes_split_capacity.go:13:26
./bytes_split_capacity.go:13:31:     from bytes.Fields(append(make([]byte, 0, 20), " x y "...)) (call parameter) at ./bytes_split_capacity.go:13:19
./bytes_split_capacity.go:14:28: cap(f[1]) escapes to heap:
./bytes_split_capacity.go:14:28:   flow: {storage for ... argument} = &{storage for cap(f[1])}:
./bytes_split_capacity.go:14:28:     from cap(f[1]) (spill) at ./bytes_split_capacity.go:14:28
./bytes_split_capacity.go:14:28:     from ... argument (slice-literal-element) at ./bytes_split_capacity.go:14:13
./bytes_split_capacity.go:14:28:   flow: {heap} = {storage for ... argument}:
./bytes_split_capacity.go:14:28:     from ... argument (spill) at ./bytes_split_capacity.go:14:13
./bytes_split_capacity.go:14:28:     from fmt.Println(... argument...) (call parameter) at ./bytes_split_capacity.go:14:13
./bytes_split_capacity.go:14:17: cap(f[0]) escapes to heap:
./bytes_split_capacity.go:14:17:   flow: {storage for ... argument} = &{storage for cap(f[0])}:
./bytes_split_capacity.go:14:17:     from cap(f[0]) (spill) at ./bytes_split_capacity.go:14:17
./bytes_split_capacity.go:14:17:     from ... argument (slice-literal-element) at ./bytes_split_capacity.go:14:13
./bytes_split_capacity.go:14:17:   flow: {heap} = {storage for ... argument}:
./bytes_split_capacity.go:14:17:     from ... argument (spill) at ./bytes_split_capacity.go:14:13
./bytes_split_capacity.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./bytes_split_capacity.go:14:13
./bytes_split_capacity.go:12:36: cap(p[2]) escapes to heap:
./bytes_split_capacity.go:12:36:   flow: {storage for ... argument} = &{storage for cap(p[2])}:
./bytes_split_capacity.go:12:36:     from cap(p[2]) (spill) at ./bytes_split_capacity.go:12:36
./bytes_split_capacity.go:12:36:     from ... argument (slice-literal-element) at ./bytes_split_capacity.go:12:13
./bytes_split_capacity.go:12:36:   flow: {heap} = {storage for ... argument}:
./bytes_split_capacity.go:12:36:     from ... argument (spill) at ./bytes_split_capacity.go:12:13
./bytes_split_capacity.go:12:36:     from fmt.Println(... argument...) (call parameter) at ./bytes_split_capacity.go:12:13
./bytes_split_capacity.go:12:25: cap(p[0]) escapes to heap:
./bytes_split_capacity.go:12:25:   flow: {storage for ... argument} = &{storage for cap(p[0])}:
./bytes_split_capacity.go:12:25:     from cap(p[0]) (spill) at ./bytes_split_capacity.go:12:25
./bytes_split_capacity.go:12:25:     from ... argument (slice-literal-element) at ./bytes_split_capacity.go:12:13
./bytes_split_capacity.go:12:25:   flow: {heap} = {storage for ... argument}:
./bytes_split_capacity.go:12:25:     from ... argument (spill) at ./bytes_split_capacity.go:12:13
./bytes_split_capacity.go:12:25:     from fmt.Println(... argument...) (call parameter) at ./bytes_split_capacity.go:12:13
./bytes_split_capacity.go:12:17: len(p) escapes to heap:
./bytes_split_capacity.go:12:17:   flow: {storage for ... argument} = &{storage for len(p)}:
./bytes_split_capacity.go:12:17:     from len(p) (spill) at ./bytes_split_capacity.go:12:17
./bytes_split_capacity.go:12:17:     from ... argument (slice-literal-element) at ./bytes_split_capacity.go:12:13
./bytes_split_capacity.go:12:17:   flow: {heap} = {storage for ... argument}:
./bytes_split_capacity.go:12:17:     from ... argument (spill) at ./bytes_split_capacity.go:12:13
./bytes_split_capacity.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./bytes_split_capacity.go:12:13
./bytes_split_capacity.go:9:11: make([]byte, 5, 10) escapes to heap:
./bytes_split_capacity.go:9:11:   flow: s = &{storage for make([]byte, 5, 10)}:
./bytes_split_capacity.go:9:11:     from make([]byte, 5, 10) (spill) at ./bytes_split_capacity.go:9:11
./bytes_split_capacity.go:9:11:     from s := make([]byte, 5, 10) (assign) at ./bytes_split_capacity.go:9:4
./bytes_split_capacity.go:9:11:   flow: {heap} = s:
./bytes_split_capacity.go:9:11:     from bytes.Split(s, ([]byte)(",")) (call parameter) at ./bytes_split_capacity.go:11:18
./bytes_split_capacity.go:9:11: make([]byte, 5, 10) escapes to heap
./bytes_split_capacity.go:11:28: ([]byte)(",") does not escape
./bytes_split_capacity.go:12:13: ... argument does not escape
./bytes_split_capacity.go:12:17: len(p) escapes to heap
./bytes_split_capacity.go:12:25: cap(p[0]) escapes to heap
./bytes_split_capacity.go:12:36: cap(p[2]) escapes to heap
./bytes_split_capacity.go:13:31: make([]byte, 0, 20) escapes to heap
./bytes_split_capacity.go:14:13: ... argument does not escape
./bytes_split_capacity.go:14:17: cap(f[0]) escapes to heap
./bytes_split_capacity.go:14:28: cap(f[1]) escapes to heap
