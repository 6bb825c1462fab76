./io_readall_copy.go:15:6: buf escapes to heap:
./io_readall_copy.go:15:6:   flow: {heap} = &buf:
./io_readall_copy.go:15:6:     from &buf (address-of) at ./io_readall_copy.go:16:19
./io_readall_copy.go:15:6:     from &buf (interface-converted) at ./io_readall_copy.go:16:19
./io_readall_copy.go:15:6:     from io.Copy(&buf, strings.NewReader(strings.Repeat("abc", 20000))) (call parameter) at ./io_readall_copy.go:16:18
./io_readall_copy.go:15:6: buf escapes to heap:
./io_readall_copy.go:15:6:   flow: {heap} = &buf:
./io_readall_copy.go:15:6:     from &buf (address-of) at ./io_readall_copy.go:18:26
./io_readall_copy.go:15:6:     from &buf (interface-converted) at ./io_readall_copy.go:18:26
./io_readall_copy.go:15:6:     from io.ReadAll(&buf) (call parameter) at ./io_readall_copy.go:18:25
./io_readall_copy.go:28:6: sb escapes to heap:
./io_readall_copy.go:28:6:   flow: {heap} = &sb:
./io_readall_copy.go:28:6:     from &sb (address-of) at ./io_readall_copy.go:29:10
./io_readall_copy.go:28:6:     from &sb (interface-converted) at ./io_readall_copy.go:29:10
./io_readall_copy.go:28:6:     from io.Copy(&sb, strings.NewReader("into builder")) (call parameter) at ./io_readall_copy.go:29:9
./io_readall_copy.go:30:33: (*strings.Builder).Len(sb) escapes to heap:
./io_readall_copy.go:30:33:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_readall_copy.go:30:33:     from (*strings.Builder).Len(sb) (spill) at ./io_readall_copy.go:30:33
./io_readall_copy.go:30:33:     from ... argument (slice-literal-element) at ./io_readall_copy.go:30:13
./io_readall_copy.go:30:33:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:30:33:     from ... argument (spill) at ./io_readall_copy.go:30:13
./io_readall_copy.go:30:33:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:30:13
./io_readall_copy.go:30:23: (*strings.Builder).String(sb) escapes to heap:
./io_readall_copy.go:30:23:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(sb)}:
./io_readall_copy.go:30:23:     from (*strings.Builder).String(sb) (spill) at ./io_readall_copy.go:30:23
./io_readall_copy.go:30:23:     from ... argument (slice-literal-element) at ./io_readall_copy.go:30:13
./io_readall_copy.go:30:23:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:30:23:     from ... argument (spill) at ./io_readall_copy.go:30:13
./io_readall_copy.go:30:23:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:30:13
./io_readall_copy.go:23:49: empty == nil escapes to heap:
./io_readall_copy.go:23:49:   flow: {storage for ... argument} = &{storage for empty == nil}:
./io_readall_copy.go:23:49:     from empty == nil (spill) at ./io_readall_copy.go:23:49
./io_readall_copy.go:23:49:     from ... argument (slice-literal-element) at ./io_readall_copy.go:23:13
./io_readall_copy.go:23:49:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:23:49:     from ... argument (spill) at ./io_readall_copy.go:23:13
./io_readall_copy.go:23:49:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:23:13
./io_readall_copy.go:23:29: cap(empty) escapes to heap:
./io_readall_copy.go:23:29:   flow: {storage for ... argument} = &{storage for cap(empty)}:
./io_readall_copy.go:23:29:     from cap(empty) (spill) at ./io_readall_copy.go:23:29
./io_readall_copy.go:23:29:     from ... argument (slice-literal-element) at ./io_readall_copy.go:23:13
./io_readall_copy.go:23:29:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:23:29:     from ... argument (spill) at ./io_readall_copy.go:23:13
./io_readall_copy.go:23:29:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:23:13
./io_readall_copy.go:23:17: len(empty) escapes to heap:
./io_readall_copy.go:23:17:   flow: {storage for ... argument} = &{storage for len(empty)}:
./io_readall_copy.go:23:17:     from len(empty) (spill) at ./io_readall_copy.go:23:17
./io_readall_copy.go:23:17:     from ... argument (slice-literal-element) at ./io_readall_copy.go:23:13
./io_readall_copy.go:23:17:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:23:17:     from ... argument (spill) at ./io_readall_copy.go:23:13
./io_readall_copy.go:23:17:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:23:13
./io_readall_copy.go:21:44: cap(small) escapes to heap:
./io_readall_copy.go:21:44:   flow: {storage for ... argument} = &{storage for cap(small)}:
./io_readall_copy.go:21:44:     from cap(small) (spill) at ./io_readall_copy.go:21:44
./io_readall_copy.go:21:44:     from ... argument (slice-literal-element) at ./io_readall_copy.go:21:13
./io_readall_copy.go:21:44:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:21:44:     from ... argument (spill) at ./io_readall_copy.go:21:13
./io_readall_copy.go:21:44:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:21:13
./io_readall_copy.go:21:32: len(small) escapes to heap:
./io_readall_copy.go:21:32:   flow: {storage for ... argument} = &{storage for len(small)}:
./io_readall_copy.go:21:32:     from len(small) (spill) at ./io_readall_copy.go:21:32
./io_readall_copy.go:21:32:     from ... argument (slice-literal-element) at ./io_readall_copy.go:21:13
./io_readall_copy.go:21:32:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:21:32:     from ... argument (spill) at ./io_readall_copy.go:21:13
./io_readall_copy.go:21:32:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:21:13
./io_readall_copy.go:21:20: string(small) escapes to heap:
./io_readall_copy.go:21:20:   flow: {storage for ... argument} = &{storage for string(small)}:
./io_readall_copy.go:21:20:     from string(small) (spill) at ./io_readall_copy.go:21:20
./io_readall_copy.go:21:20:     from ... argument (slice-literal-element) at ./io_readall_copy.go:21:13
./io_readall_copy.go:21:20:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:21:20:     from ... argument (spill) at ./io_readall_copy.go:21:13
./io_readall_copy.go:21:20:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:21:13
./io_readall_copy.go:19:61: (*bytes.Buffer).Len(buf) escapes to heap:
./io_readall_copy.go:19:61:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(buf)}:
./io_readall_copy.go:19:61:     from (*bytes.Buffer).Len(buf) (spill) at ./io_readall_copy.go:19:61
./io_readall_copy.go:19:61:     from ... argument (slice-literal-element) at ./io_readall_copy.go:19:13
./io_readall_copy.go:19:61:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:19:61:     from ... argument (spill) at ./io_readall_copy.go:19:13
./io_readall_copy.go:19:61:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:19:13
./io_readall_copy.go:19:35: cap(data) >= len(data) escapes to heap:
./io_readall_copy.go:19:35:   flow: {storage for ... argument} = &{storage for cap(data) >= len(data)}:
./io_readall_copy.go:19:35:     from cap(data) >= len(data) (spill) at ./io_readall_copy.go:19:35
./io_readall_copy.go:19:35:     from ... argument (slice-literal-element) at ./io_readall_copy.go:19:13
./io_readall_copy.go:19:35:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:19:35:     from ... argument (spill) at ./io_readall_copy.go:19:13
./io_readall_copy.go:19:35:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:19:13
./io_readall_copy.go:19:17: len(data) escapes to heap:
./io_readall_copy.go:19:17:   flow: {storage for ... argument} = &{storage for len(data)}:
./io_readall_copy.go:19:17:     from len(data) (spill) at ./io_readall_copy.go:19:17
./io_readall_copy.go:19:17:     from ... argument (slice-literal-element) at ./io_readall_copy.go:19:13
./io_readall_copy.go:19:17:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:19:17:     from ... argument (spill) at ./io_readall_copy.go:19:13
./io_readall_copy.go:19:17:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:19:13
./io_readall_copy.go:17:29: (*bytes.Buffer).Len(buf) escapes to heap:
./io_readall_copy.go:17:29:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(buf)}:
./io_readall_copy.go:17:29:     from (*bytes.Buffer).Len(buf) (spill) at ./io_readall_copy.go:17:29
./io_readall_copy.go:17:29:     from ... argument (slice-literal-element) at ./io_readall_copy.go:17:13
./io_readall_copy.go:17:29:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:17:29:     from ... argument (spill) at ./io_readall_copy.go:17:13
./io_readall_copy.go:17:29:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:17:13
./io_readall_copy.go:17:13: n escapes to heap:
./io_readall_copy.go:17:13:   flow: {storage for ... argument} = &{storage for n}:
./io_readall_copy.go:17:13:     from n (spill) at ./io_readall_copy.go:17:13
./io_readall_copy.go:17:13:     from ... argument (slice-literal-element) at ./io_readall_copy.go:17:13
./io_readall_copy.go:17:13:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:17:13:     from ... argument (spill) at ./io_readall_copy.go:17:13
./io_readall_copy.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:17:13
./io_readall_copy.go:14:13: n escapes to heap:
./io_readall_copy.go:14:13:   flow: {storage for ... argument} = &{storage for n}:
./io_readall_copy.go:14:13:     from n (spill) at ./io_readall_copy.go:14:13
./io_readall_copy.go:14:13:     from ... argument (slice-literal-element) at ./io_readall_copy.go:14:13
./io_readall_copy.go:14:13:   flow: {heap} = {storage for ... argument}:
./io_readall_copy.go:14:13:     from ... argument (spill) at ./io_readall_copy.go:14:13
./io_readall_copy.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./io_readall_copy.go:14:13
./io_readall_copy.go:21:20: string(small) escapes to heap:
./io_readall_copy.go:21:20:   flow: {storage for string(small)} = &{storage for string(small)}:
./io_readall_copy.go:21:20:     from string(small) (spill) at ./io_readall_copy.go:21:20
./io_readall_copy.go:21:20:     from string(small) (interface-converted) at ./io_readall_copy.go:21:20
./io_readall_copy.go:15:6: moved to heap: buf
./io_readall_copy.go:28:6: moved to heap: sb
./io_readall_copy.go:14:13: ... argument does not escape
./io_readall_copy.go:14:13: n escapes to heap
./io_readall_copy.go:17:13: ... argument does not escape
./io_readall_copy.go:17:13: n escapes to heap
./io_readall_copy.go:17:29: (*bytes.Buffer).Len(buf) escapes to heap
./io_readall_copy.go:19:13: ... argument does not escape
./io_readall_copy.go:19:17: len(data) escapes to heap
./io_readall_copy.go:19:35: cap(data) >= len(data) escapes to heap
./io_readall_copy.go:19:61: (*bytes.Buffer).Len(buf) escapes to heap
./io_readall_copy.go:21:13: ... argument does not escape
./io_readall_copy.go:21:20: string(small) escapes to heap
./io_readall_copy.go:21:20: string(small) escapes to heap
./io_readall_copy.go:21:32: len(small) escapes to heap
./io_readall_copy.go:21:44: cap(small) escapes to heap
./io_readall_copy.go:23:13: ... argument does not escape
./io_readall_copy.go:23:17: len(empty) escapes to heap
./io_readall_copy.go:23:29: cap(empty) escapes to heap
./io_readall_copy.go:23:49: empty == nil escapes to heap
./io_readall_copy.go:30:13: ... argument does not escape
./io_readall_copy.go:30:23: (*strings.Builder).String(sb) escapes to heap
./io_readall_copy.go:30:33: (*strings.Builder).Len(sb) escapes to heap
