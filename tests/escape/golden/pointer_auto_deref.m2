./pointer_auto_deref.go:18:11: &Node{...} escapes to heap:
./pointer_auto_deref.go:18:11:   flow: {heap} = &{storage for &Node{...}}:
./pointer_auto_deref.go:18:11:     from &Node{...} (spill) at ./pointer_auto_deref.go:18:11
./pointer_auto_deref.go:18:11:     from n.Next = &Node{...} (assign) at ./pointer_auto_deref.go:18:9
./pointer_auto_deref.go:19:16: &Node{...} escapes to heap:
./pointer_auto_deref.go:19:16:   flow: {heap} = &{storage for &Node{...}}:
./pointer_auto_deref.go:19:16:     from &Node{...} (spill) at ./pointer_auto_deref.go:19:16
./pointer_auto_deref.go:19:16:     from n.Next.Next = &Node{...} (assign) at ./pointer_auto_deref.go:19:14
./pointer_auto_deref.go:32:14: v + v escapes to heap:
./pointer_auto_deref.go:32:14:   flow: {heap} = &{storage for v + v}:
./pointer_auto_deref.go:32:14:     from v + v (spill) at ./pointer_auto_deref.go:32:14
./pointer_auto_deref.go:32:14:     from arr[i] = v + v (assign) at ./pointer_auto_deref.go:32:10
./pointer_auto_deref.go:48:13: sum escapes to heap:
./pointer_auto_deref.go:48:13:   flow: {storage for ... argument} = &{storage for sum}:
./pointer_auto_deref.go:48:13:     from sum (spill) at ./pointer_auto_deref.go:48:13
./pointer_auto_deref.go:48:13:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:48:13
./pointer_auto_deref.go:48:13:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:48:13:     from ... argument (spill) at ./pointer_auto_deref.go:48:13
./pointer_auto_deref.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:48:13
./pointer_auto_deref.go:42:15: n.Val escapes to heap:
./pointer_auto_deref.go:42:15:   flow: {storage for ... argument} = &{storage for n.Val}:
./pointer_auto_deref.go:42:15:     from n.Val (spill) at ./pointer_auto_deref.go:42:15
./pointer_auto_deref.go:42:15:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:42:13
./pointer_auto_deref.go:42:15:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:42:15:     from ... argument (spill) at ./pointer_auto_deref.go:42:13
./pointer_auto_deref.go:42:15:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:42:13
./pointer_auto_deref.go:38:30: cap(nilArr) escapes to heap:
./pointer_auto_deref.go:38:30:   flow: {storage for ... argument} = &{storage for cap(nilArr)}:
./pointer_auto_deref.go:38:30:     from cap(nilArr) (spill) at ./pointer_auto_deref.go:38:30
./pointer_auto_deref.go:38:30:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:38:13
./pointer_auto_deref.go:38:30:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:38:30:     from ... argument (spill) at ./pointer_auto_deref.go:38:13
./pointer_auto_deref.go:38:30:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:38:13
./pointer_auto_deref.go:38:17: len(nilArr) escapes to heap:
./pointer_auto_deref.go:38:17:   flow: {storage for ... argument} = &{storage for len(nilArr)}:
./pointer_auto_deref.go:38:17:     from len(nilArr) (spill) at ./pointer_auto_deref.go:38:17
./pointer_auto_deref.go:38:17:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:38:13
./pointer_auto_deref.go:38:17:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:38:17:     from ... argument (spill) at ./pointer_auto_deref.go:38:13
./pointer_auto_deref.go:38:17:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:38:13
./pointer_auto_deref.go:34:33: len(arr) escapes to heap:
./pointer_auto_deref.go:34:33:   flow: {storage for ... argument} = &{storage for len(arr)}:
./pointer_auto_deref.go:34:33:     from len(arr) (spill) at ./pointer_auto_deref.go:34:33
./pointer_auto_deref.go:34:33:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:34:13
./pointer_auto_deref.go:34:33:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:34:33:     from ... argument (spill) at ./pointer_auto_deref.go:34:13
./pointer_auto_deref.go:34:33:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:34:13
./pointer_auto_deref.go:34:23: arr[1:3] escapes to heap:
./pointer_auto_deref.go:34:23:   flow: {storage for ... argument} = &{storage for arr[1:3]}:
./pointer_auto_deref.go:34:23:     from arr[1:3] (spill) at ./pointer_auto_deref.go:34:23
./pointer_auto_deref.go:34:23:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:34:13
./pointer_auto_deref.go:34:23:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:34:23:     from ... argument (spill) at ./pointer_auto_deref.go:34:13
./pointer_auto_deref.go:34:23:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:34:13
./pointer_auto_deref.go:34:14: *arr escapes to heap:
./pointer_auto_deref.go:34:14:   flow: {storage for ... argument} = &{storage for *arr}:
./pointer_auto_deref.go:34:14:     from *arr (spill) at ./pointer_auto_deref.go:34:14
./pointer_auto_deref.go:34:14:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:34:13
./pointer_auto_deref.go:34:14:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:34:14:     from ... argument (spill) at ./pointer_auto_deref.go:34:13
./pointer_auto_deref.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:34:13
./pointer_auto_deref.go:28:26: len(row) escapes to heap:
./pointer_auto_deref.go:28:26:   flow: {storage for ... argument} = &{storage for len(row)}:
./pointer_auto_deref.go:28:26:     from len(row) (spill) at ./pointer_auto_deref.go:28:26
./pointer_auto_deref.go:28:26:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:28:13
./pointer_auto_deref.go:28:26:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:28:26:     from ... argument (spill) at ./pointer_auto_deref.go:28:13
./pointer_auto_deref.go:28:26:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:28:13
./pointer_auto_deref.go:28:15: g.Cells escapes to heap:
./pointer_auto_deref.go:28:15:   flow: {storage for ... argument} = &{storage for g.Cells}:
./pointer_auto_deref.go:28:15:     from g.Cells (spill) at ./pointer_auto_deref.go:28:15
./pointer_auto_deref.go:28:15:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:28:13
./pointer_auto_deref.go:28:15:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:28:15:     from ... argument (spill) at ./pointer_auto_deref.go:28:13
./pointer_auto_deref.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:28:13
./pointer_auto_deref.go:22:41: (*(*n).Next).Val escapes to heap:
./pointer_auto_deref.go:22:41:   flow: {storage for ... argument} = &{storage for (*(*n).Next).Val}:
./pointer_auto_deref.go:22:41:     from (*(*n).Next).Val (spill) at ./pointer_auto_deref.go:22:41
./pointer_auto_deref.go:22:41:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:22:13
./pointer_auto_deref.go:22:41:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:22:41:     from ... argument (spill) at ./pointer_auto_deref.go:22:13
./pointer_auto_deref.go:22:41:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:22:13
./pointer_auto_deref.go:22:23: (*n).Next.Val escapes to heap:
./pointer_auto_deref.go:22:23:   flow: {storage for ... argument} = &{storage for (*n).Next.Val}:
./pointer_auto_deref.go:22:23:     from (*n).Next.Val (spill) at ./pointer_auto_deref.go:22:23
./pointer_auto_deref.go:22:23:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:22:13
./pointer_auto_deref.go:22:23:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:22:23:     from ... argument (spill) at ./pointer_auto_deref.go:22:13
./pointer_auto_deref.go:22:23:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:22:13
./pointer_auto_deref.go:20:67: n.Next.Next.Next == nil escapes to heap:
./pointer_auto_deref.go:20:67:   flow: {storage for ... argument} = &{storage for n.Next.Next.Next == nil}:
./pointer_auto_deref.go:20:67:     from n.Next.Next.Next == nil (spill) at ./pointer_auto_deref.go:20:67
./pointer_auto_deref.go:20:67:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:67:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:20:67:     from ... argument (spill) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:67:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:44: n.Next.Next.Val escapes to heap:
./pointer_auto_deref.go:20:44:   flow: {storage for ... argument} = &{storage for n.Next.Next.Val}:
./pointer_auto_deref.go:20:44:     from n.Next.Next.Val (spill) at ./pointer_auto_deref.go:20:44
./pointer_auto_deref.go:20:44:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:44:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:20:44:     from ... argument (spill) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:44:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:27: n.Next.Val escapes to heap:
./pointer_auto_deref.go:20:27:   flow: {storage for ... argument} = &{storage for n.Next.Val}:
./pointer_auto_deref.go:20:27:     from n.Next.Val (spill) at ./pointer_auto_deref.go:20:27
./pointer_auto_deref.go:20:27:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:27:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:20:27:     from ... argument (spill) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:27:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:15: n.Val escapes to heap:
./pointer_auto_deref.go:20:15:   flow: {storage for ... argument} = &{storage for n.Val}:
./pointer_auto_deref.go:20:15:     from n.Val (spill) at ./pointer_auto_deref.go:20:15
./pointer_auto_deref.go:20:15:     from ... argument (slice-literal-element) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:15:   flow: {heap} = {storage for ... argument}:
./pointer_auto_deref.go:20:15:     from ... argument (spill) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./pointer_auto_deref.go:20:13
./pointer_auto_deref.go:30:9: &[4]string{...} escapes to heap:
./pointer_auto_deref.go:30:9:   flow: arr = &{storage for &[4]string{...}}:
./pointer_auto_deref.go:30:9:     from &[4]string{...} (spill) at ./pointer_auto_deref.go:30:9
./pointer_auto_deref.go:30:9:     from arr := &[4]string{...} (assign) at ./pointer_auto_deref.go:30:6
./pointer_auto_deref.go:30:9:   flow: {storage for arr[1:3]} = arr:
./pointer_auto_deref.go:30:9:     from arr[1:3] (slice) at ./pointer_auto_deref.go:34:23
./pointer_auto_deref.go:30:9:     from arr[1:3] (interface-converted) at ./pointer_auto_deref.go:34:23
./pointer_auto_deref.go:17:7: &Node{...} does not escape
./pointer_auto_deref.go:18:11: &Node{...} escapes to heap
./pointer_auto_deref.go:19:16: &Node{...} escapes to heap
./pointer_auto_deref.go:20:13: ... argument does not escape
./pointer_auto_deref.go:20:15: n.Val escapes to heap
./pointer_auto_deref.go:20:27: n.Next.Val escapes to heap
./pointer_auto_deref.go:20:44: n.Next.Next.Val escapes to heap
./pointer_auto_deref.go:20:67: n.Next.Next.Next == nil escapes to heap
./pointer_auto_deref.go:22:13: ... argument does not escape
./pointer_auto_deref.go:22:23: (*n).Next.Val escapes to heap
./pointer_auto_deref.go:22:41: (*(*n).Next).Val escapes to heap
./pointer_auto_deref.go:24:7: &Grid{} does not escape
./pointer_auto_deref.go:28:13: ... argument does not escape
./pointer_auto_deref.go:28:15: g.Cells escapes to heap
./pointer_auto_deref.go:28:26: len(row) escapes to heap
./pointer_auto_deref.go:30:9: &[4]string{...} escapes to heap
./pointer_auto_deref.go:32:14: v + v escapes to heap
./pointer_auto_deref.go:34:13: ... argument does not escape
./pointer_auto_deref.go:34:14: *arr escapes to heap
./pointer_auto_deref.go:34:23: arr[1:3] escapes to heap
./pointer_auto_deref.go:34:33: len(arr) escapes to heap
./pointer_auto_deref.go:38:13: ... argument does not escape
./pointer_auto_deref.go:38:17: len(nilArr) escapes to heap
./pointer_auto_deref.go:38:30: cap(nilArr) escapes to heap
./pointer_auto_deref.go:42:13: ... argument does not escape
./pointer_auto_deref.go:42:15: n.Val escapes to heap
./pointer_auto_deref.go:48:13: ... argument does not escape
./pointer_auto_deref.go:48:13: sum escapes to heap
