./conv_named_slices.go:31:13: ms escapes to heap:
./conv_named_slices.go:31:13:   flow: {storage for ... argument} = &{storage for ms}:
./conv_named_slices.go:31:13:     from ms (spill) at ./conv_named_slices.go:31:13
./conv_named_slices.go:31:13:     from ... argument (slice-literal-element) at ./conv_named_slices.go:31:12
./conv_named_slices.go:31:13:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:31:13:     from ... argument (spill) at ./conv_named_slices.go:31:12
./conv_named_slices.go:31:13:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./conv_named_slices.go:31:12
./conv_named_slices.go:31:13: r escapes to heap:
./conv_named_slices.go:31:13:   flow: {storage for ... argument} = &{storage for r}:
./conv_named_slices.go:31:13:     from r (spill) at ./conv_named_slices.go:31:13
./conv_named_slices.go:31:13:     from ... argument (slice-literal-element) at ./conv_named_slices.go:31:12
./conv_named_slices.go:31:13:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:31:13:     from ... argument (spill) at ./conv_named_slices.go:31:12
./conv_named_slices.go:31:13:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./conv_named_slices.go:31:12
./conv_named_slices.go:31:13: b escapes to heap:
./conv_named_slices.go:31:13:   flow: {storage for ... argument} = &{storage for b}:
./conv_named_slices.go:31:13:     from b (spill) at ./conv_named_slices.go:31:13
./conv_named_slices.go:31:13:     from ... argument (slice-literal-element) at ./conv_named_slices.go:31:12
./conv_named_slices.go:31:13:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:31:13:     from ... argument (spill) at ./conv_named_slices.go:31:12
./conv_named_slices.go:31:13:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./conv_named_slices.go:31:12
./conv_named_slices.go:30:33: string(Runes{...}) escapes to heap:
./conv_named_slices.go:30:33:   flow: {storage for ... argument} = &{storage for string(Runes{...})}:
./conv_named_slices.go:30:33:     from string(Runes{...}) (spill) at ./conv_named_slices.go:30:33
./conv_named_slices.go:30:33:     from ... argument (slice-literal-element) at ./conv_named_slices.go:30:13
./conv_named_slices.go:30:33:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:30:33:     from ... argument (spill) at ./conv_named_slices.go:30:13
./conv_named_slices.go:30:33:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:30:13
./conv_named_slices.go:30:22: MyString(b) escapes to heap:
./conv_named_slices.go:30:22:   flow: {storage for ... argument} = &{storage for MyString(b)}:
./conv_named_slices.go:30:22:     from MyString(b) (spill) at ./conv_named_slices.go:30:22
./conv_named_slices.go:30:22:     from ... argument (slice-literal-element) at ./conv_named_slices.go:30:13
./conv_named_slices.go:30:22:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:30:22:     from ... argument (spill) at ./conv_named_slices.go:30:13
./conv_named_slices.go:30:22:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:30:13
./conv_named_slices.go:29:32: ([]rune)(ms) escapes to heap:
./conv_named_slices.go:29:32:   flow: {storage for ... argument} = &{storage for ([]rune)(ms)}:
./conv_named_slices.go:29:32:     from ([]rune)(ms) (spill) at ./conv_named_slices.go:29:32
./conv_named_slices.go:29:32:     from ... argument (slice-literal-element) at ./conv_named_slices.go:29:13
./conv_named_slices.go:29:32:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:29:32:     from ... argument (spill) at ./conv_named_slices.go:29:13
./conv_named_slices.go:29:32:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:29:13
./conv_named_slices.go:29:20: ([]byte)(ms) escapes to heap:
./conv_named_slices.go:29:20:   flow: {storage for ... argument} = &{storage for ([]byte)(ms)}:
./conv_named_slices.go:29:20:     from ([]byte)(ms) (spill) at ./conv_named_slices.go:29:20
./conv_named_slices.go:29:20:     from ... argument (slice-literal-element) at ./conv_named_slices.go:29:13
./conv_named_slices.go:29:20:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:29:20:     from ... argument (spill) at ./conv_named_slices.go:29:13
./conv_named_slices.go:29:20:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:29:13
./conv_named_slices.go:26:13: n escapes to heap:
./conv_named_slices.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./conv_named_slices.go:26:13:     from n (spill) at ./conv_named_slices.go:26:13
./conv_named_slices.go:26:13:     from ... argument (slice-literal-element) at ./conv_named_slices.go:26:13
./conv_named_slices.go:26:13:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:26:13:     from ... argument (spill) at ./conv_named_slices.go:26:13
./conv_named_slices.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:26:13
./conv_named_slices.go:22:13: n escapes to heap:
./conv_named_slices.go:22:13:   flow: {storage for ... argument} = &{storage for n}:
./conv_named_slices.go:22:13:     from n (spill) at ./conv_named_slices.go:22:13
./conv_named_slices.go:22:13:     from ... argument (slice-literal-element) at ./conv_named_slices.go:22:13
./conv_named_slices.go:22:13:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:22:13:     from ... argument (spill) at ./conv_named_slices.go:22:13
./conv_named_slices.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:22:13
./conv_named_slices.go:22:13: raw escapes to heap:
./conv_named_slices.go:22:13:   flow: {storage for ... argument} = &{storage for raw}:
./conv_named_slices.go:22:13:     from raw (spill) at ./conv_named_slices.go:22:13
./conv_named_slices.go:22:13:     from ... argument (slice-literal-element) at ./conv_named_slices.go:22:13
./conv_named_slices.go:22:13:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:22:13:     from ... argument (spill) at ./conv_named_slices.go:22:13
./conv_named_slices.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:22:13
./conv_named_slices.go:17:28: string(r) escapes to heap:
./conv_named_slices.go:17:28:   flow: {storage for ... argument} = &{storage for string(r)}:
./conv_named_slices.go:17:28:     from string(r) (spill) at ./conv_named_slices.go:17:28
./conv_named_slices.go:17:28:     from ... argument (slice-literal-element) at ./conv_named_slices.go:17:13
./conv_named_slices.go:17:28:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:17:28:     from ... argument (spill) at ./conv_named_slices.go:17:13
./conv_named_slices.go:17:28:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:17:13
./conv_named_slices.go:17:17: len(r) escapes to heap:
./conv_named_slices.go:17:17:   flow: {storage for ... argument} = &{storage for len(r)}:
./conv_named_slices.go:17:17:     from len(r) (spill) at ./conv_named_slices.go:17:17
./conv_named_slices.go:17:17:     from ... argument (slice-literal-element) at ./conv_named_slices.go:17:13
./conv_named_slices.go:17:17:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:17:17:     from ... argument (spill) at ./conv_named_slices.go:17:13
./conv_named_slices.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:17:13
./conv_named_slices.go:14:31: len(b) escapes to heap:
./conv_named_slices.go:14:31:   flow: {storage for ... argument} = &{storage for len(b)}:
./conv_named_slices.go:14:31:     from len(b) (spill) at ./conv_named_slices.go:14:31
./conv_named_slices.go:14:31:     from ... argument (slice-literal-element) at ./conv_named_slices.go:14:13
./conv_named_slices.go:14:31:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:14:31:     from ... argument (spill) at ./conv_named_slices.go:14:13
./conv_named_slices.go:14:31:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:14:13
./conv_named_slices.go:14:23: string(b) escapes to heap:
./conv_named_slices.go:14:23:   flow: {storage for ... argument} = &{storage for string(b)}:
./conv_named_slices.go:14:23:     from string(b) (spill) at ./conv_named_slices.go:14:23
./conv_named_slices.go:14:23:     from ... argument (slice-literal-element) at ./conv_named_slices.go:14:13
./conv_named_slices.go:14:23:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:14:23:     from ... argument (spill) at ./conv_named_slices.go:14:13
./conv_named_slices.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:14:13
./conv_named_slices.go:14:13: b escapes to heap:
./conv_named_slices.go:14:13:   flow: {storage for ... argument} = &{storage for b}:
./conv_named_slices.go:14:13:     from b (spill) at ./conv_named_slices.go:14:13
./conv_named_slices.go:14:13:     from ... argument (slice-literal-element) at ./conv_named_slices.go:14:13
./conv_named_slices.go:14:13:   flow: {heap} = {storage for ... argument}:
./conv_named_slices.go:14:13:     from ... argument (spill) at ./conv_named_slices.go:14:13
./conv_named_slices.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./conv_named_slices.go:14:13
./conv_named_slices.go:16:12: Runes{...} escapes to heap:
./conv_named_slices.go:16:12:   flow: r = &{storage for Runes{...}}:
./conv_named_slices.go:16:12:     from Runes{...} (spill) at ./conv_named_slices.go:16:12
./conv_named_slices.go:16:12:     from r := Runes{...} (assign) at ./conv_named_slices.go:16:4
./conv_named_slices.go:16:12:   flow: {storage for r} = r:
./conv_named_slices.go:16:12:     from r (interface-converted) at ./conv_named_slices.go:31:13
./conv_named_slices.go:13:12: Bytes("abc") escapes to heap:
./conv_named_slices.go:13:12:   flow: b = &{storage for Bytes("abc")}:
./conv_named_slices.go:13:12:     from Bytes("abc") (spill) at ./conv_named_slices.go:13:12
./conv_named_slices.go:13:12:     from b := Bytes("abc") (assign) at ./conv_named_slices.go:13:4
./conv_named_slices.go:13:12:   flow: {storage for b} = b:
./conv_named_slices.go:13:12:     from b (interface-converted) at ./conv_named_slices.go:31:13
./conv_named_slices.go:30:33: string(Runes{...}) escapes to heap:
./conv_named_slices.go:30:33:   flow: {storage for string(Runes{...})} = &{storage for string(Runes{...})}:
./conv_named_slices.go:30:33:     from string(Runes{...}) (spill) at ./conv_named_slices.go:30:33
./conv_named_slices.go:30:33:     from string(Runes{...}) (interface-converted) at ./conv_named_slices.go:30:33
./conv_named_slices.go:30:22: MyString(b) escapes to heap:
./conv_named_slices.go:30:22:   flow: {storage for MyString(b)} = &{storage for MyString(b)}:
./conv_named_slices.go:30:22:     from MyString(b) (spill) at ./conv_named_slices.go:30:22
./conv_named_slices.go:30:22:     from MyString(b) (interface-converted) at ./conv_named_slices.go:30:22
./conv_named_slices.go:29:32: ([]rune)(ms) escapes to heap:
./conv_named_slices.go:29:32:   flow: {storage for ([]rune)(ms)} = &{storage for ([]rune)(ms)}:
./conv_named_slices.go:29:32:     from ([]rune)(ms) (spill) at ./conv_named_slices.go:29:32
./conv_named_slices.go:29:32:     from ([]rune)(ms) (interface-converted) at ./conv_named_slices.go:29:32
./conv_named_slices.go:29:20: ([]byte)(ms) escapes to heap:
./conv_named_slices.go:29:20:   flow: {storage for ([]byte)(ms)} = &{storage for ([]byte)(ms)}:
./conv_named_slices.go:29:20:     from ([]byte)(ms) (spill) at ./conv_named_slices.go:29:20
./conv_named_slices.go:29:20:     from ([]byte)(ms) (interface-converted) at ./conv_named_slices.go:29:20
./conv_named_slices.go:19:14: []int{...} escapes to heap:
./conv_named_slices.go:19:14:   flow: raw = &{storage for []int{...}}:
./conv_named_slices.go:19:14:     from []int{...} (spill) at ./conv_named_slices.go:19:14
./conv_named_slices.go:19:14:     from raw := []int{...} (assign) at ./conv_named_slices.go:19:6
./conv_named_slices.go:19:14:   flow: n = raw:
./conv_named_slices.go:19:14:     from n := Ints(raw) (assign) at ./conv_named_slices.go:20:4
./conv_named_slices.go:19:14:   flow: {storage for n} = n:
./conv_named_slices.go:19:14:     from n (interface-converted) at ./conv_named_slices.go:26:13
./conv_named_slices.go:17:28: string(r) escapes to heap:
./conv_named_slices.go:17:28:   flow: {storage for string(r)} = &{storage for string(r)}:
./conv_named_slices.go:17:28:     from string(r) (spill) at ./conv_named_slices.go:17:28
./conv_named_slices.go:17:28:     from string(r) (interface-converted) at ./conv_named_slices.go:17:28
./conv_named_slices.go:14:23: string(b) escapes to heap:
./conv_named_slices.go:14:23:   flow: {storage for string(b)} = &{storage for string(b)}:
./conv_named_slices.go:14:23:     from string(b) (spill) at ./conv_named_slices.go:14:23
./conv_named_slices.go:14:23:     from string(b) (interface-converted) at ./conv_named_slices.go:14:23
./conv_named_slices.go:13:12: Bytes("abc") escapes to heap
./conv_named_slices.go:14:13: ... argument does not escape
./conv_named_slices.go:14:13: b escapes to heap
./conv_named_slices.go:14:23: string(b) escapes to heap
./conv_named_slices.go:14:23: string(b) escapes to heap
./conv_named_slices.go:14:31: len(b) escapes to heap
./conv_named_slices.go:16:12: Runes{...} escapes to heap
./conv_named_slices.go:17:13: ... argument does not escape
./conv_named_slices.go:17:17: len(r) escapes to heap
./conv_named_slices.go:17:28: string(r) escapes to heap
./conv_named_slices.go:17:28: string(r) escapes to heap
./conv_named_slices.go:19:14: []int{...} escapes to heap
./conv_named_slices.go:22:13: ... argument does not escape
./conv_named_slices.go:22:13: raw escapes to heap
./conv_named_slices.go:22:13: n escapes to heap
./conv_named_slices.go:26:13: ... argument does not escape
./conv_named_slices.go:26:13: n escapes to heap
./conv_named_slices.go:29:13: ... argument does not escape
./conv_named_slices.go:29:20: ([]byte)(ms) escapes to heap
./conv_named_slices.go:29:20: ([]byte)(ms) escapes to heap
./conv_named_slices.go:29:32: ([]rune)(ms) escapes to heap
./conv_named_slices.go:29:32: ([]rune)(ms) escapes to heap
./conv_named_slices.go:30:13: ... argument does not escape
./conv_named_slices.go:30:22: MyString(b) escapes to heap
./conv_named_slices.go:30:22: MyString(b) escapes to heap
./conv_named_slices.go:30:33: string(Runes{...}) escapes to heap
./conv_named_slices.go:30:33: string(Runes{...}) escapes to heap
./conv_named_slices.go:30:39: Runes{...} does not escape
./conv_named_slices.go:31:12: ... argument does not escape
./conv_named_slices.go:31:13: b escapes to heap
./conv_named_slices.go:31:13: r escapes to heap
./conv_named_slices.go:31:13: ms escapes to heap
