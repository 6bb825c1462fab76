./method_nil_receiver.go:12:7: l does not escape
./method_nil_receiver.go:19:7: l does not escape
./method_nil_receiver.go:26:43: &List{...} escapes to heap:
./method_nil_receiver.go:26:43:   flow: ~r0 = &{storage for &List{...}}:
./method_nil_receiver.go:26:43:     from &List{...} (spill) at ./method_nil_receiver.go:26:43
./method_nil_receiver.go:26:43:     from return &List{...} (return) at ./method_nil_receiver.go:26:36
./method_nil_receiver.go:26:7: parameter l leaks to {storage for &List{...}} with derefs=0:
./method_nil_receiver.go:26:7:   flow: {storage for &List{...}} = l:
./method_nil_receiver.go:26:7:     from List{...} (struct literal element) at ./method_nil_receiver.go:26:48
./method_nil_receiver.go:26:7: leaking param: l
./method_nil_receiver.go:26:43: &List{...} escapes to heap
./method_nil_receiver.go:33:7: t does not escape
./method_nil_receiver.go:56:15: f(nil) escapes to heap:
./method_nil_receiver.go:56:15:   flow: {storage for ... argument} = &{storage for f(nil)}:
./method_nil_receiver.go:56:15:     from f(nil) (spill) at ./method_nil_receiver.go:56:15
./method_nil_receiver.go:56:15:     from ... argument (slice-literal-element) at ./method_nil_receiver.go:56:13
./method_nil_receiver.go:56:15:   flow: {heap} = {storage for ... argument}:
./method_nil_receiver.go:56:15:     from ... argument (spill) at ./method_nil_receiver.go:56:13
./method_nil_receiver.go:56:15:     from fmt.Println(... argument...) (call parameter) at ./method_nil_receiver.go:56:13
./method_nil_receiver.go:53:21: (*Tree).Depth(t) escapes to heap:
./method_nil_receiver.go:53:21:   flow: {storage for ... argument} = &{storage for (*Tree).Depth(t)}:
./method_nil_receiver.go:53:21:     from (*Tree).Depth(t) (spill) at ./method_nil_receiver.go:53:21
./method_nil_receiver.go:53:21:     from ... argument (slice-literal-element) at ./method_nil_receiver.go:53:13
./method_nil_receiver.go:53:21:   flow: {heap} = {storage for ... argument}:
./method_nil_receiver.go:53:21:     from ... argument (spill) at ./method_nil_receiver.go:53:13
./method_nil_receiver.go:53:21:     from fmt.Println(... argument...) (call parameter) at ./method_nil_receiver.go:53:13
./method_nil_receiver.go:51:21: (*Tree).Depth(t) escapes to heap:
./method_nil_receiver.go:51:21:   flow: {storage for ... argument} = &{storage for (*Tree).Depth(t)}:
./method_nil_receiver.go:51:21:     from (*Tree).Depth(t) (spill) at ./method_nil_receiver.go:51:21
./method_nil_receiver.go:51:21:     from ... argument (slice-literal-element) at ./method_nil_receiver.go:51:13
./method_nil_receiver.go:51:21:   flow: {heap} = {storage for ... argument}:
./method_nil_receiver.go:51:21:     from ... argument (spill) at ./method_nil_receiver.go:51:13
./method_nil_receiver.go:51:21:     from fmt.Println(... argument...) (call parameter) at ./method_nil_receiver.go:51:13
./method_nil_receiver.go:48:33: l.Val escapes to heap:
./method_nil_receiver.go:48:33:   flow: {storage for ... argument} = &{storage for l.Val}:
./method_nil_receiver.go:48:33:     from l.Val (spill) at ./method_nil_receiver.go:48:33
./method_nil_receiver.go:48:33:     from ... argument (slice-literal-element) at ./method_nil_receiver.go:48:13
./method_nil_receiver.go:48:33:   flow: {heap} = {storage for ... argument}:
./method_nil_receiver.go:48:33:     from ... argument (spill) at ./method_nil_receiver.go:48:13
./method_nil_receiver.go:48:33:     from fmt.Println(... argument...) (call parameter) at ./method_nil_receiver.go:48:13
./method_nil_receiver.go:48:28: (*List).Sum(l) escapes to heap:
./method_nil_receiver.go:48:28:   flow: {storage for ... argument} = &{storage for (*List).Sum(l)}:
./method_nil_receiver.go:48:28:     from (*List).Sum(l) (spill) at ./method_nil_receiver.go:48:28
./method_nil_receiver.go:48:28:     from ... argument (slice-literal-element) at ./method_nil_receiver.go:48:13
./method_nil_receiver.go:48:28:   flow: {heap} = {storage for ... argument}:
./method_nil_receiver.go:48:28:     from ... argument (spill) at ./method_nil_receiver.go:48:13
./method_nil_receiver.go:48:28:     from fmt.Println(... argument...) (call parameter) at ./method_nil_receiver.go:48:13
./method_nil_receiver.go:48:19: (*List).Len(l) escapes to heap:
./method_nil_receiver.go:48:19:   flow: {storage for ... argument} = &{storage for (*List).Len(l)}:
./method_nil_receiver.go:48:19:     from (*List).Len(l) (spill) at ./method_nil_receiver.go:48:19
./method_nil_receiver.go:48:19:     from ... argument (slice-literal-element) at ./method_nil_receiver.go:48:13
./method_nil_receiver.go:48:19:   flow: {heap} = {storage for ... argument}:
./method_nil_receiver.go:48:19:     from ... argument (spill) at ./method_nil_receiver.go:48:13
./method_nil_receiver.go:48:19:     from fmt.Println(... argument...) (call parameter) at ./method_nil_receiver.go:48:13
./method_nil_receiver.go:46:28: (*List).Sum(l) escapes to heap:
./method_nil_receiver.go:46:28:   flow: {storage for ... argument} = &{storage for (*List).Sum(l)}:
./method_nil_receiver.go:46:28:     from (*List).Sum(l) (spill) at ./method_nil_receiver.go:46:28
./method_nil_receiver.go:46:28:     from ... argument (slice-literal-element) at ./method_nil_receiver.go:46:13
./method_nil_receiver.go:46:28:   flow: {heap} = {storage for ... argument}:
./method_nil_receiver.go:46:28:     from ... argument (spill) at ./method_nil_receiver.go:46:13
./method_nil_receiver.go:46:28:     from fmt.Println(... argument...) (call parameter) at ./method_nil_receiver.go:46:13
./method_nil_receiver.go:46:19: (*List).Len(l) escapes to heap:
./method_nil_receiver.go:46:19:   flow: {storage for ... argument} = &{storage for (*List).Len(l)}:
./method_nil_receiver.go:46:19:     from (*List).Len(l) (spill) at ./method_nil_receiver.go:46:19
./method_nil_receiver.go:46:19:     from ... argument (slice-literal-element) at ./method_nil_receiver.go:46:13
./method_nil_receiver.go:46:19:   flow: {heap} = {storage for ... argument}:
./method_nil_receiver.go:46:19:     from ... argument (spill) at ./method_nil_receiver.go:46:13
./method_nil_receiver.go:46:19:     from fmt.Println(... argument...) (call parameter) at ./method_nil_receiver.go:46:13
./method_nil_receiver.go:46:13: ... argument does not escape
./method_nil_receiver.go:46:19: (*List).Len(l) escapes to heap
./method_nil_receiver.go:46:28: (*List).Sum(l) escapes to heap
./method_nil_receiver.go:48:13: ... argument does not escape
./method_nil_receiver.go:48:19: (*List).Len(l) escapes to heap
./method_nil_receiver.go:48:28: (*List).Sum(l) escapes to heap
./method_nil_receiver.go:48:33: l.Val escapes to heap
./method_nil_receiver.go:51:13: ... argument does not escape
./method_nil_receiver.go:51:21: (*Tree).Depth(t) escapes to heap
./method_nil_receiver.go:52:6: &Tree{...} does not escape
./method_nil_receiver.go:52:18: &Tree{...} does not escape
./method_nil_receiver.go:52:30: &Tree{} does not escape
./method_nil_receiver.go:52:47: &Tree{} does not escape
./method_nil_receiver.go:53:13: ... argument does not escape
./method_nil_receiver.go:53:21: (*Tree).Depth(t) escapes to heap
./method_nil_receiver.go:56:13: ... argument does not escape
./method_nil_receiver.go:56:15: f(nil) escapes to heap
