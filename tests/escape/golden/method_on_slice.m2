./method_on_slice.go:9:7: l does not escape
./method_on_slice.go:17:7: l does not escape
./method_on_slice.go:19:7: l does not escape
./method_on_slice.go:25:7: parameter l leaks to {heap} with derefs=1:
./method_on_slice.go:25:7:   flow: {heap} = *l:
./method_on_slice.go:25:7:     from *l (indirection) at ./method_on_slice.go:25:45
./method_on_slice.go:25:7:     from append(*l, v) (call parameter) at ./method_on_slice.go:25:44
./method_on_slice.go:25:7:     from *l = append(*l, v) (assign) at ./method_on_slice.go:25:36
./method_on_slice.go:25:7: leaking param content: l
./method_on_slice.go:27:7: parameter l leaks to {heap} with derefs=1:
./method_on_slice.go:27:7:   flow: old = *l:
./method_on_slice.go:27:7:     from *l (indirection) at ./method_on_slice.go:28:9
./method_on_slice.go:27:7:     from old := *l (assign) at ./method_on_slice.go:28:6
./method_on_slice.go:27:7:   flow: {heap} = old:
./method_on_slice.go:27:7:     from old[:len(old) - 1] (slice) at ./method_on_slice.go:30:10
./method_on_slice.go:27:7:     from *l = old[:len(old) - 1] (assign) at ./method_on_slice.go:30:5
./method_on_slice.go:27:7: leaking param content: l
./method_on_slice.go:34:7: l does not escape
./method_on_slice.go:34:25: keep does not escape
./method_on_slice.go:61:48: IntList.Sum(IntList(plain[:1])) escapes to heap:
./method_on_slice.go:61:48:   flow: {storage for ... argument} = &{storage for IntList.Sum(IntList(plain[:1]))}:
./method_on_slice.go:61:48:     from IntList.Sum(IntList(plain[:1])) (spill) at ./method_on_slice.go:61:48
./method_on_slice.go:61:48:     from ... argument (slice-literal-element) at ./method_on_slice.go:61:13
./method_on_slice.go:61:48:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:61:48:     from ... argument (spill) at ./method_on_slice.go:61:13
./method_on_slice.go:61:48:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:61:13
./method_on_slice.go:61:17: len(plain) escapes to heap:
./method_on_slice.go:61:17:   flow: {storage for ... argument} = &{storage for len(plain)}:
./method_on_slice.go:61:17:     from len(plain) (spill) at ./method_on_slice.go:61:17
./method_on_slice.go:61:17:     from ... argument (slice-literal-element) at ./method_on_slice.go:61:13
./method_on_slice.go:61:17:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:61:17:     from ... argument (spill) at ./method_on_slice.go:61:13
./method_on_slice.go:61:17:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:61:13
./method_on_slice.go:58:13: l escapes to heap:
./method_on_slice.go:58:13:   flow: {storage for ... argument} = &{storage for l}:
./method_on_slice.go:58:13:     from l (spill) at ./method_on_slice.go:58:13
./method_on_slice.go:58:13:     from ... argument (slice-literal-element) at ./method_on_slice.go:58:12
./method_on_slice.go:58:13:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:58:13:     from ... argument (spill) at ./method_on_slice.go:58:12
./method_on_slice.go:58:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./method_on_slice.go:58:12
./method_on_slice.go:58:13: l escapes to heap:
./method_on_slice.go:58:13:   flow: {storage for ... argument} = &{storage for l}:
./method_on_slice.go:58:13:     from l (spill) at ./method_on_slice.go:58:13
./method_on_slice.go:58:13:     from ... argument (slice-literal-element) at ./method_on_slice.go:58:12
./method_on_slice.go:58:13:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:58:13:     from ... argument (spill) at ./method_on_slice.go:58:12
./method_on_slice.go:58:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./method_on_slice.go:58:12
./method_on_slice.go:57:31: IntList.Sum(IntList{...}) escapes to heap:
./method_on_slice.go:57:31:   flow: {storage for ... argument} = &{storage for IntList.Sum(IntList{...})}:
./method_on_slice.go:57:31:     from IntList.Sum(IntList{...}) (spill) at ./method_on_slice.go:57:31
./method_on_slice.go:57:31:     from ... argument (slice-literal-element) at ./method_on_slice.go:57:13
./method_on_slice.go:57:31:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:57:31:     from ... argument (spill) at ./method_on_slice.go:57:13
./method_on_slice.go:57:31:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:57:13
./method_on_slice.go:56:26: IntList.Sum(odd) escapes to heap:
./method_on_slice.go:56:26:   flow: {storage for ... argument} = &{storage for IntList.Sum(odd)}:
./method_on_slice.go:56:26:     from IntList.Sum(odd) (spill) at ./method_on_slice.go:56:26
./method_on_slice.go:56:26:     from ... argument (slice-literal-element) at ./method_on_slice.go:56:13
./method_on_slice.go:56:26:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:56:26:     from ... argument (spill) at ./method_on_slice.go:56:13
./method_on_slice.go:56:26:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:56:13
./method_on_slice.go:56:13: odd escapes to heap:
./method_on_slice.go:56:13:   flow: {storage for ... argument} = &{storage for odd}:
./method_on_slice.go:56:13:     from odd (spill) at ./method_on_slice.go:56:13
./method_on_slice.go:56:13:     from ... argument (slice-literal-element) at ./method_on_slice.go:56:13
./method_on_slice.go:56:13:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:56:13:     from ... argument (spill) at ./method_on_slice.go:56:13
./method_on_slice.go:56:13:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:56:13
./method_on_slice.go:53:19: l escapes to heap:
./method_on_slice.go:53:19:   flow: {storage for ... argument} = &{storage for l}:
./method_on_slice.go:53:19:     from l (spill) at ./method_on_slice.go:53:19
./method_on_slice.go:53:19:     from ... argument (slice-literal-element) at ./method_on_slice.go:53:13
./method_on_slice.go:53:19:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:53:19:     from ... argument (spill) at ./method_on_slice.go:53:13
./method_on_slice.go:53:19:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:53:13
./method_on_slice.go:53:19: (*IntList).Pop(l) escapes to heap:
./method_on_slice.go:53:19:   flow: {storage for ... argument} = &{storage for (*IntList).Pop(l)}:
./method_on_slice.go:53:19:     from (*IntList).Pop(l) (spill) at ./method_on_slice.go:53:19
./method_on_slice.go:53:19:     from ... argument (slice-literal-element) at ./method_on_slice.go:53:13
./method_on_slice.go:53:19:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:53:19:     from ... argument (spill) at ./method_on_slice.go:53:13
./method_on_slice.go:53:19:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:53:13
./method_on_slice.go:52:13: l escapes to heap:
./method_on_slice.go:52:13:   flow: {storage for ... argument} = &{storage for l}:
./method_on_slice.go:52:13:     from l (spill) at ./method_on_slice.go:52:13
./method_on_slice.go:52:13:     from ... argument (slice-literal-element) at ./method_on_slice.go:52:13
./method_on_slice.go:52:13:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:52:13:     from ... argument (spill) at ./method_on_slice.go:52:13
./method_on_slice.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:52:13
./method_on_slice.go:50:31: IntList.Sum(l) escapes to heap:
./method_on_slice.go:50:31:   flow: {storage for ... argument} = &{storage for IntList.Sum(l)}:
./method_on_slice.go:50:31:     from IntList.Sum(l) (spill) at ./method_on_slice.go:50:31
./method_on_slice.go:50:31:     from ... argument (slice-literal-element) at ./method_on_slice.go:50:13
./method_on_slice.go:50:31:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:50:31:     from ... argument (spill) at ./method_on_slice.go:50:13
./method_on_slice.go:50:31:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:50:13
./method_on_slice.go:50:22: IntList.Len(l) escapes to heap:
./method_on_slice.go:50:22:   flow: {storage for ... argument} = &{storage for IntList.Len(l)}:
./method_on_slice.go:50:22:     from IntList.Len(l) (spill) at ./method_on_slice.go:50:22
./method_on_slice.go:50:22:     from ... argument (slice-literal-element) at ./method_on_slice.go:50:13
./method_on_slice.go:50:22:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:50:22:     from ... argument (spill) at ./method_on_slice.go:50:13
./method_on_slice.go:50:22:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:50:13
./method_on_slice.go:50:13: l escapes to heap:
./method_on_slice.go:50:13:   flow: {storage for ... argument} = &{storage for l}:
./method_on_slice.go:50:13:     from l (spill) at ./method_on_slice.go:50:13
./method_on_slice.go:50:13:     from ... argument (slice-literal-element) at ./method_on_slice.go:50:13
./method_on_slice.go:50:13:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:50:13:     from ... argument (spill) at ./method_on_slice.go:50:13
./method_on_slice.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:50:13
./method_on_slice.go:46:34: l == nil escapes to heap:
./method_on_slice.go:46:34:   flow: {storage for ... argument} = &{storage for l == nil}:
./method_on_slice.go:46:34:     from l == nil (spill) at ./method_on_slice.go:46:34
./method_on_slice.go:46:34:     from ... argument (slice-literal-element) at ./method_on_slice.go:46:13
./method_on_slice.go:46:34:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:46:34:     from ... argument (spill) at ./method_on_slice.go:46:13
./method_on_slice.go:46:34:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:46:13
./method_on_slice.go:46:28: IntList.Sum(l) escapes to heap:
./method_on_slice.go:46:28:   flow: {storage for ... argument} = &{storage for IntList.Sum(l)}:
./method_on_slice.go:46:28:     from IntList.Sum(l) (spill) at ./method_on_slice.go:46:28
./method_on_slice.go:46:28:     from ... argument (slice-literal-element) at ./method_on_slice.go:46:13
./method_on_slice.go:46:28:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:46:28:     from ... argument (spill) at ./method_on_slice.go:46:13
./method_on_slice.go:46:28:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:46:13
./method_on_slice.go:46:19: IntList.Len(l) escapes to heap:
./method_on_slice.go:46:19:   flow: {storage for ... argument} = &{storage for IntList.Len(l)}:
./method_on_slice.go:46:19:     from IntList.Len(l) (spill) at ./method_on_slice.go:46:19
./method_on_slice.go:46:19:     from ... argument (slice-literal-element) at ./method_on_slice.go:46:13
./method_on_slice.go:46:19:   flow: {heap} = {storage for ... argument}:
./method_on_slice.go:46:19:     from ... argument (spill) at ./method_on_slice.go:46:13
./method_on_slice.go:46:19:     from fmt.Println(... argument...) (call parameter) at ./method_on_slice.go:46:13
./method_on_slice.go:46:13: ... argument does not escape
./method_on_slice.go:46:19: IntList.Len(l) escapes to heap
./method_on_slice.go:46:28: IntList.Sum(l) escapes to heap
./method_on_slice.go:46:34: l == nil escapes to heap
./method_on_slice.go:50:13: ... argument does not escape
./method_on_slice.go:50:13: l escapes to heap
./method_on_slice.go:50:22: IntList.Len(l) escapes to heap
./method_on_slice.go:50:31: IntList.Sum(l) escapes to heap
./method_on_slice.go:52:13: ... argument does not escape
./method_on_slice.go:52:13: l escapes to heap
./method_on_slice.go:53:13: ... argument does not escape
./method_on_slice.go:53:19: (*IntList).Pop(l) escapes to heap
./method_on_slice.go:53:19: l escapes to heap
./method_on_slice.go:55:18: func literal does not escape
./method_on_slice.go:56:13: ... argument does not escape
./method_on_slice.go:56:13: odd escapes to heap
./method_on_slice.go:56:26: IntList.Sum(odd) escapes to heap
./method_on_slice.go:57:13: ... argument does not escape
./method_on_slice.go:57:31: IntList.Sum(IntList{...}) escapes to heap
./method_on_slice.go:57:21: IntList{...} does not escape
./method_on_slice.go:58:12: ... argument does not escape
./method_on_slice.go:58:13: l escapes to heap
./method_on_slice.go:58:13: l escapes to heap
./method_on_slice.go:61:13: ... argument does not escape
./method_on_slice.go:61:17: len(plain) escapes to heap
./method_on_slice.go:61:48: IntList.Sum(IntList(plain[:1])) escapes to heap
