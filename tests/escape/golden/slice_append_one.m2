./slice_append_one.go:38:31: []int{...} escapes to heap:
./slice_append_one.go:38:31:   flow: {heap} = &{storage for []int{...}}:
./slice_append_one.go:38:31:     from []int{...} (spill) at ./slice_append_one.go:38:31
./slice_append_one.go:38:31:     from append(nested, []int{...}) (call parameter) at ./slice_append_one.go:38:17
./slice_append_one.go:41:25: len(nested[1]) escapes to heap:
./slice_append_one.go:41:25:   flow: {storage for ... argument} = &{storage for len(nested[1])}:
./slice_append_one.go:41:25:     from len(nested[1]) (spill) at ./slice_append_one.go:41:25
./slice_append_one.go:41:25:     from ... argument (slice-literal-element) at ./slice_append_one.go:41:13
./slice_append_one.go:41:25:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:41:25:     from ... argument (spill) at ./slice_append_one.go:41:13
./slice_append_one.go:41:25:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:41:13
./slice_append_one.go:41:13: nested escapes to heap:
./slice_append_one.go:41:13:   flow: {storage for ... argument} = &{storage for nested}:
./slice_append_one.go:41:13:     from nested (spill) at ./slice_append_one.go:41:13
./slice_append_one.go:41:13:     from ... argument (slice-literal-element) at ./slice_append_one.go:41:13
./slice_append_one.go:41:13:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:41:13:     from ... argument (spill) at ./slice_append_one.go:41:13
./slice_append_one.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:41:13
./slice_append_one.go:35:13: fs escapes to heap:
./slice_append_one.go:35:13:   flow: {storage for ... argument} = &{storage for fs}:
./slice_append_one.go:35:13:     from fs (spill) at ./slice_append_one.go:35:13
./slice_append_one.go:35:13:     from ... argument (slice-literal-element) at ./slice_append_one.go:35:13
./slice_append_one.go:35:13:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:35:13:     from ... argument (spill) at ./slice_append_one.go:35:13
./slice_append_one.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:35:13
./slice_append_one.go:31:20: bs escapes to heap:
./slice_append_one.go:31:20:   flow: {storage for ... argument} = &{storage for bs}:
./slice_append_one.go:31:20:     from bs (spill) at ./slice_append_one.go:31:20
./slice_append_one.go:31:20:     from ... argument (slice-literal-element) at ./slice_append_one.go:31:13
./slice_append_one.go:31:20:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:31:20:     from ... argument (spill) at ./slice_append_one.go:31:13
./slice_append_one.go:31:20:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:31:13
./slice_append_one.go:31:20: string(bs) escapes to heap:
./slice_append_one.go:31:20:   flow: {storage for ... argument} = &{storage for string(bs)}:
./slice_append_one.go:31:20:     from string(bs) (spill) at ./slice_append_one.go:31:20
./slice_append_one.go:31:20:     from ... argument (slice-literal-element) at ./slice_append_one.go:31:13
./slice_append_one.go:31:20:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:31:20:     from ... argument (spill) at ./slice_append_one.go:31:13
./slice_append_one.go:31:20:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:31:13
./slice_append_one.go:26:13: ps escapes to heap:
./slice_append_one.go:26:13:   flow: {storage for ... argument} = &{storage for ps}:
./slice_append_one.go:26:13:     from ps (spill) at ./slice_append_one.go:26:13
./slice_append_one.go:26:13:     from ... argument (slice-literal-element) at ./slice_append_one.go:26:13
./slice_append_one.go:26:13:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:26:13:     from ... argument (spill) at ./slice_append_one.go:26:13
./slice_append_one.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:26:13
./slice_append_one.go:20:24: len(words) escapes to heap:
./slice_append_one.go:20:24:   flow: {storage for ... argument} = &{storage for len(words)}:
./slice_append_one.go:20:24:     from len(words) (spill) at ./slice_append_one.go:20:24
./slice_append_one.go:20:24:     from ... argument (slice-literal-element) at ./slice_append_one.go:20:13
./slice_append_one.go:20:24:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:20:24:     from ... argument (spill) at ./slice_append_one.go:20:13
./slice_append_one.go:20:24:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:20:13
./slice_append_one.go:20:13: words escapes to heap:
./slice_append_one.go:20:13:   flow: {storage for ... argument} = &{storage for words}:
./slice_append_one.go:20:13:     from words (spill) at ./slice_append_one.go:20:13
./slice_append_one.go:20:13:     from ... argument (slice-literal-element) at ./slice_append_one.go:20:13
./slice_append_one.go:20:13:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:20:13:     from ... argument (spill) at ./slice_append_one.go:20:13
./slice_append_one.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:20:13
./slice_append_one.go:15:37: t[3] escapes to heap:
./slice_append_one.go:15:37:   flow: {storage for ... argument} = &{storage for t[3]}:
./slice_append_one.go:15:37:     from t[3] (spill) at ./slice_append_one.go:15:37
./slice_append_one.go:15:37:     from ... argument (slice-literal-element) at ./slice_append_one.go:15:13
./slice_append_one.go:15:37:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:15:37:     from ... argument (spill) at ./slice_append_one.go:15:13
./slice_append_one.go:15:37:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:15:13
./slice_append_one.go:15:31: s[3] escapes to heap:
./slice_append_one.go:15:31:   flow: {storage for ... argument} = &{storage for s[3]}:
./slice_append_one.go:15:31:     from s[3] (spill) at ./slice_append_one.go:15:31
./slice_append_one.go:15:31:     from ... argument (slice-literal-element) at ./slice_append_one.go:15:13
./slice_append_one.go:15:31:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:15:31:     from ... argument (spill) at ./slice_append_one.go:15:13
./slice_append_one.go:15:31:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:15:13
./slice_append_one.go:15:25: len(t) escapes to heap:
./slice_append_one.go:15:25:   flow: {storage for ... argument} = &{storage for len(t)}:
./slice_append_one.go:15:25:     from len(t) (spill) at ./slice_append_one.go:15:25
./slice_append_one.go:15:25:     from ... argument (slice-literal-element) at ./slice_append_one.go:15:13
./slice_append_one.go:15:25:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:15:25:     from ... argument (spill) at ./slice_append_one.go:15:13
./slice_append_one.go:15:25:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:15:13
./slice_append_one.go:15:17: len(s) escapes to heap:
./slice_append_one.go:15:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_append_one.go:15:17:     from len(s) (spill) at ./slice_append_one.go:15:17
./slice_append_one.go:15:17:     from ... argument (slice-literal-element) at ./slice_append_one.go:15:13
./slice_append_one.go:15:17:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:15:17:     from ... argument (spill) at ./slice_append_one.go:15:13
./slice_append_one.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:15:13
./slice_append_one.go:12:20: len(s) escapes to heap:
./slice_append_one.go:12:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_append_one.go:12:20:     from len(s) (spill) at ./slice_append_one.go:12:20
./slice_append_one.go:12:20:     from ... argument (slice-literal-element) at ./slice_append_one.go:12:13
./slice_append_one.go:12:20:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:12:20:     from ... argument (spill) at ./slice_append_one.go:12:13
./slice_append_one.go:12:20:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:12:13
./slice_append_one.go:12:13: s escapes to heap:
./slice_append_one.go:12:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_append_one.go:12:13:     from s (spill) at ./slice_append_one.go:12:13
./slice_append_one.go:12:13:     from ... argument (slice-literal-element) at ./slice_append_one.go:12:13
./slice_append_one.go:12:13:   flow: {heap} = {storage for ... argument}:
./slice_append_one.go:12:13:     from ... argument (spill) at ./slice_append_one.go:12:13
./slice_append_one.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_one.go:12:13
./slice_append_one.go:31:20: string(bs) escapes to heap:
./slice_append_one.go:31:20:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./slice_append_one.go:31:20:     from string(bs) (spill) at ./slice_append_one.go:31:20
./slice_append_one.go:31:20:     from string(bs) (interface-converted) at ./slice_append_one.go:31:20
./slice_append_one.go:12:13: ... argument does not escape
./slice_append_one.go:12:13: s escapes to heap
./slice_append_one.go:12:20: len(s) escapes to heap
./slice_append_one.go:15:13: ... argument does not escape
./slice_append_one.go:15:17: len(s) escapes to heap
./slice_append_one.go:15:25: len(t) escapes to heap
./slice_append_one.go:15:31: s[3] escapes to heap
./slice_append_one.go:15:37: t[3] escapes to heap
./slice_append_one.go:20:13: ... argument does not escape
./slice_append_one.go:20:13: words escapes to heap
./slice_append_one.go:20:24: len(words) escapes to heap
./slice_append_one.go:26:13: ... argument does not escape
./slice_append_one.go:26:13: ps escapes to heap
./slice_append_one.go:31:13: ... argument does not escape
./slice_append_one.go:31:20: string(bs) escapes to heap
./slice_append_one.go:31:20: string(bs) escapes to heap
./slice_append_one.go:31:20: bs escapes to heap
./slice_append_one.go:35:13: ... argument does not escape
./slice_append_one.go:35:13: fs escapes to heap
./slice_append_one.go:38:31: []int{...} escapes to heap
./slice_append_one.go:41:13: ... argument does not escape
./slice_append_one.go:41:13: nested escapes to heap
./slice_append_one.go:41:25: len(nested[1]) escapes to heap
