./prog_linked_list.go:19:7: &Node{...} escapes to heap:
./prog_linked_list.go:19:7:   flow: n = &{storage for &Node{...}}:
./prog_linked_list.go:19:7:     from &Node{...} (spill) at ./prog_linked_list.go:19:7
./prog_linked_list.go:19:7:     from n := &Node{...} (assign) at ./prog_linked_list.go:19:4
./prog_linked_list.go:19:7:   flow: {heap} = n:
./prog_linked_list.go:19:7:     from l.head = n (assign) at ./prog_linked_list.go:20:9
./prog_linked_list.go:18:7: parameter l leaks to {storage for &Node{...}} with derefs=1:
./prog_linked_list.go:18:7:   flow: {storage for &Node{...}} = *l:
./prog_linked_list.go:18:7:     from l.head (dot of pointer) at ./prog_linked_list.go:19:28
./prog_linked_list.go:18:7:     from Node{...} (struct literal element) at ./prog_linked_list.go:19:12
./prog_linked_list.go:18:7: leaking param content: l
./prog_linked_list.go:19:7: &Node{...} escapes to heap
./prog_linked_list.go:28:7: &Node{...} escapes to heap:
./prog_linked_list.go:28:7:   flow: n = &{storage for &Node{...}}:
./prog_linked_list.go:28:7:     from &Node{...} (spill) at ./prog_linked_list.go:28:7
./prog_linked_list.go:28:7:     from n := &Node{...} (assign) at ./prog_linked_list.go:28:4
./prog_linked_list.go:28:7:   flow: {heap} = n:
./prog_linked_list.go:28:7:     from l.head, l.tail = n, n (assign-pair) at ./prog_linked_list.go:30:18
./prog_linked_list.go:27:7: l does not escape
./prog_linked_list.go:28:7: &Node{...} escapes to heap
./prog_linked_list.go:38:7: parameter l leaks to ~r0 with derefs=1:
./prog_linked_list.go:38:7:   flow: n = *l:
./prog_linked_list.go:38:7:     from l.head (dot of pointer) at ./prog_linked_list.go:39:12
./prog_linked_list.go:38:7:     from n := l.head (assign) at ./prog_linked_list.go:39:8
./prog_linked_list.go:38:7:   flow: ~r0 = n:
./prog_linked_list.go:38:7:     from return n (return) at ./prog_linked_list.go:41:4
./prog_linked_list.go:38:7: leaking param: l to result ~r0 level=1
./prog_linked_list.go:47:7: parameter l leaks to {heap} with derefs=1:
./prog_linked_list.go:47:7:   flow: n = *l:
./prog_linked_list.go:47:7:     from l.head (dot of pointer) at ./prog_linked_list.go:49:12
./prog_linked_list.go:47:7:     from n := l.head (assign) at ./prog_linked_list.go:49:8
./prog_linked_list.go:47:7:   flow: prev = n:
./prog_linked_list.go:47:7:     from prev, n = n, n.Next (assign-pair) at ./prog_linked_list.go:49:37
./prog_linked_list.go:47:7:   flow: {heap} = prev:
./prog_linked_list.go:47:7:     from l.tail = prev (assign) at ./prog_linked_list.go:59:11
./prog_linked_list.go:47:7: leaking param content: l
./prog_linked_list.go:69:9: (*List).Reverse ignoring self-assignment in l.tail = l.head
./prog_linked_list.go:67:7: parameter l leaks to {heap} with derefs=1:
./prog_linked_list.go:67:7:   flow: n = *l:
./prog_linked_list.go:67:7:     from l.head (dot of pointer) at ./prog_linked_list.go:70:12
./prog_linked_list.go:67:7:     from n := l.head (assign) at ./prog_linked_list.go:70:8
./prog_linked_list.go:67:7:   flow: prev = n:
./prog_linked_list.go:67:7:     from prev, n = n, next (assign-pair) at ./prog_linked_list.go:73:11
./prog_linked_list.go:67:7:   flow: {heap} = prev:
./prog_linked_list.go:67:7:     from n.Next = prev (assign) at ./prog_linked_list.go:72:10
./prog_linked_list.go:67:7: leaking param content: l
./prog_linked_list.go:79:13: make([]int, 0, l.size) escapes to heap:
./prog_linked_list.go:79:13:   flow: {heap} = &{storage for make([]int, 0, l.size)}:
./prog_linked_list.go:79:13:     from make([]int, 0, l.size) (non-constant size) at ./prog_linked_list.go:79:13
./prog_linked_list.go:78:7: l does not escape
./prog_linked_list.go:79:13: make([]int, 0, l.size) escapes to heap
./prog_linked_list.go:103:47: l.tail == nil escapes to heap:
./prog_linked_list.go:103:47:   flow: {storage for ... argument} = &{storage for l.tail == nil}:
./prog_linked_list.go:103:47:     from l.tail == nil (spill) at ./prog_linked_list.go:103:47
./prog_linked_list.go:103:47:     from ... argument (slice-literal-element) at ./prog_linked_list.go:103:13
./prog_linked_list.go:103:47:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:103:47:     from ... argument (spill) at ./prog_linked_list.go:103:13
./prog_linked_list.go:103:47:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:103:13
./prog_linked_list.go:103:32: l.head == nil escapes to heap:
./prog_linked_list.go:103:32:   flow: {storage for ... argument} = &{storage for l.head == nil}:
./prog_linked_list.go:103:32:     from l.head == nil (spill) at ./prog_linked_list.go:103:32
./prog_linked_list.go:103:32:     from ... argument (slice-literal-element) at ./prog_linked_list.go:103:13
./prog_linked_list.go:103:32:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:103:32:     from ... argument (spill) at ./prog_linked_list.go:103:13
./prog_linked_list.go:103:32:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:103:13
./prog_linked_list.go:103:21: (*List).Slice(l) escapes to heap:
./prog_linked_list.go:103:21:   flow: {storage for ... argument} = &{storage for (*List).Slice(l)}:
./prog_linked_list.go:103:21:     from (*List).Slice(l) (spill) at ./prog_linked_list.go:103:21
./prog_linked_list.go:103:21:     from ... argument (slice-literal-element) at ./prog_linked_list.go:103:13
./prog_linked_list.go:103:21:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:103:21:     from ... argument (spill) at ./prog_linked_list.go:103:13
./prog_linked_list.go:103:21:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:103:13
./prog_linked_list.go:99:21: (*List).Slice(l) escapes to heap:
./prog_linked_list.go:99:21:   flow: {storage for ... argument} = &{storage for (*List).Slice(l)}:
./prog_linked_list.go:99:21:     from (*List).Slice(l) (spill) at ./prog_linked_list.go:99:21
./prog_linked_list.go:99:21:     from ... argument (slice-literal-element) at ./prog_linked_list.go:99:13
./prog_linked_list.go:99:21:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:99:21:     from ... argument (spill) at ./prog_linked_list.go:99:13
./prog_linked_list.go:99:21:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:99:13
./prog_linked_list.go:97:43: l.tail.Val escapes to heap:
./prog_linked_list.go:97:43:   flow: {storage for ... argument} = &{storage for l.tail.Val}:
./prog_linked_list.go:97:43:     from l.tail.Val (spill) at ./prog_linked_list.go:97:43
./prog_linked_list.go:97:43:     from ... argument (slice-literal-element) at ./prog_linked_list.go:97:13
./prog_linked_list.go:97:43:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:97:43:     from ... argument (spill) at ./prog_linked_list.go:97:13
./prog_linked_list.go:97:43:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:97:13
./prog_linked_list.go:97:31: l.head.Val escapes to heap:
./prog_linked_list.go:97:31:   flow: {storage for ... argument} = &{storage for l.head.Val}:
./prog_linked_list.go:97:31:     from l.head.Val (spill) at ./prog_linked_list.go:97:31
./prog_linked_list.go:97:31:     from ... argument (slice-literal-element) at ./prog_linked_list.go:97:13
./prog_linked_list.go:97:31:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:97:31:     from ... argument (spill) at ./prog_linked_list.go:97:13
./prog_linked_list.go:97:31:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:97:13
./prog_linked_list.go:97:21: (*List).Slice(l) escapes to heap:
./prog_linked_list.go:97:21:   flow: {storage for ... argument} = &{storage for (*List).Slice(l)}:
./prog_linked_list.go:97:21:     from (*List).Slice(l) (spill) at ./prog_linked_list.go:97:21
./prog_linked_list.go:97:21:     from ... argument (slice-literal-element) at ./prog_linked_list.go:97:13
./prog_linked_list.go:97:21:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:97:21:     from ... argument (spill) at ./prog_linked_list.go:97:13
./prog_linked_list.go:97:21:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:97:13
./prog_linked_list.go:95:39: l.tail.Val escapes to heap:
./prog_linked_list.go:95:39:   flow: {storage for ... argument} = &{storage for l.tail.Val}:
./prog_linked_list.go:95:39:     from l.tail.Val (spill) at ./prog_linked_list.go:95:39
./prog_linked_list.go:95:39:     from ... argument (slice-literal-element) at ./prog_linked_list.go:95:13
./prog_linked_list.go:95:39:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:95:39:     from ... argument (spill) at ./prog_linked_list.go:95:13
./prog_linked_list.go:95:39:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:95:13
./prog_linked_list.go:95:26: l.size escapes to heap:
./prog_linked_list.go:95:26:   flow: {storage for ... argument} = &{storage for l.size}:
./prog_linked_list.go:95:26:     from l.size (spill) at ./prog_linked_list.go:95:26
./prog_linked_list.go:95:26:     from ... argument (slice-literal-element) at ./prog_linked_list.go:95:13
./prog_linked_list.go:95:26:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:95:26:     from ... argument (spill) at ./prog_linked_list.go:95:13
./prog_linked_list.go:95:26:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:95:13
./prog_linked_list.go:95:21: (*List).Slice(l) escapes to heap:
./prog_linked_list.go:95:21:   flow: {storage for ... argument} = &{storage for (*List).Slice(l)}:
./prog_linked_list.go:95:21:     from (*List).Slice(l) (spill) at ./prog_linked_list.go:95:21
./prog_linked_list.go:95:21:     from ... argument (slice-literal-element) at ./prog_linked_list.go:95:13
./prog_linked_list.go:95:21:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:95:21:     from ... argument (spill) at ./prog_linked_list.go:95:13
./prog_linked_list.go:95:21:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:95:13
./prog_linked_list.go:94:49: (*List).Remove(l, 99) escapes to heap:
./prog_linked_list.go:94:49:   flow: {storage for ... argument} = &{storage for (*List).Remove(l, 99)}:
./prog_linked_list.go:94:49:     from (*List).Remove(l, 99) (spill) at ./prog_linked_list.go:94:49
./prog_linked_list.go:94:49:     from ... argument (slice-literal-element) at ./prog_linked_list.go:94:13
./prog_linked_list.go:94:49:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:94:49:     from ... argument (spill) at ./prog_linked_list.go:94:13
./prog_linked_list.go:94:49:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:94:13
./prog_linked_list.go:94:35: (*List).Remove(l, 50) escapes to heap:
./prog_linked_list.go:94:35:   flow: {storage for ... argument} = &{storage for (*List).Remove(l, 50)}:
./prog_linked_list.go:94:35:     from (*List).Remove(l, 50) (spill) at ./prog_linked_list.go:94:35
./prog_linked_list.go:94:35:     from ... argument (slice-literal-element) at ./prog_linked_list.go:94:13
./prog_linked_list.go:94:35:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:94:35:     from ... argument (spill) at ./prog_linked_list.go:94:13
./prog_linked_list.go:94:35:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:94:13
./prog_linked_list.go:94:22: (*List).Remove(l, 5) escapes to heap:
./prog_linked_list.go:94:22:   flow: {storage for ... argument} = &{storage for (*List).Remove(l, 5)}:
./prog_linked_list.go:94:22:     from (*List).Remove(l, 5) (spill) at ./prog_linked_list.go:94:22
./prog_linked_list.go:94:22:     from ... argument (slice-literal-element) at ./prog_linked_list.go:94:13
./prog_linked_list.go:94:22:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:94:22:     from ... argument (spill) at ./prog_linked_list.go:94:13
./prog_linked_list.go:94:22:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:94:13
./prog_linked_list.go:93:67: (*List).Find(l, 30).Next.Val escapes to heap:
./prog_linked_list.go:93:67:   flow: {storage for ... argument} = &{storage for (*List).Find(l, 30).Next.Val}:
./prog_linked_list.go:93:67:     from (*List).Find(l, 30).Next.Val (spill) at ./prog_linked_list.go:93:67
./prog_linked_list.go:93:67:     from ... argument (slice-literal-element) at ./prog_linked_list.go:93:13
./prog_linked_list.go:93:67:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:93:67:     from ... argument (spill) at ./prog_linked_list.go:93:13
./prog_linked_list.go:93:67:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:93:13
./prog_linked_list.go:93:44: (*List).Find(l, 31) == nil escapes to heap:
./prog_linked_list.go:93:44:   flow: {storage for ... argument} = &{storage for (*List).Find(l, 31) == nil}:
./prog_linked_list.go:93:44:     from (*List).Find(l, 31) == nil (spill) at ./prog_linked_list.go:93:44
./prog_linked_list.go:93:44:     from ... argument (slice-literal-element) at ./prog_linked_list.go:93:13
./prog_linked_list.go:93:44:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:93:44:     from ... argument (spill) at ./prog_linked_list.go:93:13
./prog_linked_list.go:93:44:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:93:13
./prog_linked_list.go:93:25: (*List).Find(l, 30) != nil escapes to heap:
./prog_linked_list.go:93:25:   flow: {storage for ... argument} = &{storage for (*List).Find(l, 30) != nil}:
./prog_linked_list.go:93:25:     from (*List).Find(l, 30) != nil (spill) at ./prog_linked_list.go:93:25
./prog_linked_list.go:93:25:     from ... argument (slice-literal-element) at ./prog_linked_list.go:93:13
./prog_linked_list.go:93:25:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:93:25:     from ... argument (spill) at ./prog_linked_list.go:93:13
./prog_linked_list.go:93:25:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:93:13
./prog_linked_list.go:92:26: l.size escapes to heap:
./prog_linked_list.go:92:26:   flow: {storage for ... argument} = &{storage for l.size}:
./prog_linked_list.go:92:26:     from l.size (spill) at ./prog_linked_list.go:92:26
./prog_linked_list.go:92:26:     from ... argument (slice-literal-element) at ./prog_linked_list.go:92:13
./prog_linked_list.go:92:26:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:92:26:     from ... argument (spill) at ./prog_linked_list.go:92:13
./prog_linked_list.go:92:26:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:92:13
./prog_linked_list.go:92:21: (*List).Slice(l) escapes to heap:
./prog_linked_list.go:92:21:   flow: {storage for ... argument} = &{storage for (*List).Slice(l)}:
./prog_linked_list.go:92:21:     from (*List).Slice(l) (spill) at ./prog_linked_list.go:92:21
./prog_linked_list.go:92:21:     from ... argument (slice-literal-element) at ./prog_linked_list.go:92:13
./prog_linked_list.go:92:21:   flow: {heap} = {storage for ... argument}:
./prog_linked_list.go:92:21:     from ... argument (spill) at ./prog_linked_list.go:92:13
./prog_linked_list.go:92:21:     from fmt.Println(... argument...) (call parameter) at ./prog_linked_list.go:92:13
./prog_linked_list.go:92:13: ... argument does not escape
./prog_linked_list.go:92:21: (*List).Slice(l) escapes to heap
./prog_linked_list.go:92:26: l.size escapes to heap
./prog_linked_list.go:93:13: ... argument does not escape
./prog_linked_list.go:93:25: (*List).Find(l, 30) != nil escapes to heap
./prog_linked_list.go:93:44: (*List).Find(l, 31) == nil escapes to heap
./prog_linked_list.go:93:67: (*List).Find(l, 30).Next.Val escapes to heap
./prog_linked_list.go:94:13: ... argument does not escape
./prog_linked_list.go:94:22: (*List).Remove(l, 5) escapes to heap
./prog_linked_list.go:94:35: (*List).Remove(l, 50) escapes to heap
./prog_linked_list.go:94:49: (*List).Remove(l, 99) escapes to heap
./prog_linked_list.go:95:13: ... argument does not escape
./prog_linked_list.go:95:21: (*List).Slice(l) escapes to heap
./prog_linked_list.go:95:26: l.size escapes to heap
./prog_linked_list.go:95:39: l.tail.Val escapes to heap
./prog_linked_list.go:97:13: ... argument does not escape
./prog_linked_list.go:97:21: (*List).Slice(l) escapes to heap
./prog_linked_list.go:97:31: l.head.Val escapes to heap
./prog_linked_list.go:97:43: l.tail.Val escapes to heap
./prog_linked_list.go:99:13: ... argument does not escape
./prog_linked_list.go:99:21: (*List).Slice(l) escapes to heap
./prog_linked_list.go:103:13: ... argument does not escape
./prog_linked_list.go:103:21: (*List).Slice(l) escapes to heap
./prog_linked_list.go:103:32: l.head == nil escapes to heap
./prog_linked_list.go:103:47: l.tail == nil escapes to heap
