./lib_utf8.go:31:79: utf8.UTFMax escapes to heap:
./lib_utf8.go:31:79:   flow: {storage for ... argument} = &{storage for utf8.UTFMax}:
./lib_utf8.go:31:79:     from utf8.UTFMax (spill) at ./lib_utf8.go:31:79
./lib_utf8.go:31:79:     from ... argument (slice-literal-element) at ./lib_utf8.go:31:12
./lib_utf8.go:31:79:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:31:79:     from ... argument (spill) at ./lib_utf8.go:31:12
./lib_utf8.go:31:79:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./lib_utf8.go:31:12
./lib_utf8.go:31:65: utf8.MaxRune escapes to heap:
./lib_utf8.go:31:65:   flow: {storage for ... argument} = &{storage for utf8.MaxRune}:
./lib_utf8.go:31:65:     from utf8.MaxRune (spill) at ./lib_utf8.go:31:65
./lib_utf8.go:31:65:     from ... argument (slice-literal-element) at ./lib_utf8.go:31:12
./lib_utf8.go:31:65:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:31:65:     from ... argument (spill) at ./lib_utf8.go:31:12
./lib_utf8.go:31:65:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./lib_utf8.go:31:12
./lib_utf8.go:31:50: utf8.RuneSelf escapes to heap:
./lib_utf8.go:31:50:   flow: {storage for ... argument} = &{storage for utf8.RuneSelf}:
./lib_utf8.go:31:50:     from utf8.RuneSelf (spill) at ./lib_utf8.go:31:50
./lib_utf8.go:31:50:     from ... argument (slice-literal-element) at ./lib_utf8.go:31:12
./lib_utf8.go:31:50:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:31:50:     from ... argument (spill) at ./lib_utf8.go:31:12
./lib_utf8.go:31:50:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./lib_utf8.go:31:12
./lib_utf8.go:31:34: utf8.RuneError escapes to heap:
./lib_utf8.go:31:34:   flow: {storage for ... argument} = &{storage for utf8.RuneError}:
./lib_utf8.go:31:34:     from utf8.RuneError (spill) at ./lib_utf8.go:31:34
./lib_utf8.go:31:34:     from ... argument (slice-literal-element) at ./lib_utf8.go:31:12
./lib_utf8.go:31:34:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:31:34:     from ... argument (spill) at ./lib_utf8.go:31:12
./lib_utf8.go:31:34:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./lib_utf8.go:31:12
./lib_utf8.go:30:63: utf8.UTFMax escapes to heap:
./lib_utf8.go:30:63:   flow: {storage for ... argument} = &{storage for utf8.UTFMax}:
./lib_utf8.go:30:63:     from utf8.UTFMax (spill) at ./lib_utf8.go:30:63
./lib_utf8.go:30:63:     from ... argument (slice-literal-element) at ./lib_utf8.go:30:13
./lib_utf8.go:30:63:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:30:63:     from ... argument (spill) at ./lib_utf8.go:30:13
./lib_utf8.go:30:63:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8.go:30:13
./lib_utf8.go:30:49: utf8.MaxRune escapes to heap:
./lib_utf8.go:30:49:   flow: {storage for ... argument} = &{storage for utf8.MaxRune}:
./lib_utf8.go:30:49:     from utf8.MaxRune (spill) at ./lib_utf8.go:30:49
./lib_utf8.go:30:49:     from ... argument (slice-literal-element) at ./lib_utf8.go:30:13
./lib_utf8.go:30:49:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:30:49:     from ... argument (spill) at ./lib_utf8.go:30:13
./lib_utf8.go:30:49:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8.go:30:13
./lib_utf8.go:30:34: utf8.RuneSelf escapes to heap:
./lib_utf8.go:30:34:   flow: {storage for ... argument} = &{storage for utf8.RuneSelf}:
./lib_utf8.go:30:34:     from utf8.RuneSelf (spill) at ./lib_utf8.go:30:34
./lib_utf8.go:30:34:     from ... argument (slice-literal-element) at ./lib_utf8.go:30:13
./lib_utf8.go:30:34:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:30:34:     from ... argument (spill) at ./lib_utf8.go:30:13
./lib_utf8.go:30:34:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8.go:30:13
./lib_utf8.go:30:18: utf8.RuneError escapes to heap:
./lib_utf8.go:30:18:   flow: {storage for ... argument} = &{storage for utf8.RuneError}:
./lib_utf8.go:30:18:     from utf8.RuneError (spill) at ./lib_utf8.go:30:18
./lib_utf8.go:30:18:     from ... argument (slice-literal-element) at ./lib_utf8.go:30:13
./lib_utf8.go:30:18:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:30:18:     from ... argument (spill) at ./lib_utf8.go:30:13
./lib_utf8.go:30:18:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8.go:30:13
./lib_utf8.go:29:30: len(b) escapes to heap:
./lib_utf8.go:29:30:   flow: {storage for ... argument} = &{storage for len(b)}:
./lib_utf8.go:29:30:     from len(b) (spill) at ./lib_utf8.go:29:30
./lib_utf8.go:29:30:     from ... argument (slice-literal-element) at ./lib_utf8.go:29:12
./lib_utf8.go:29:30:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:29:30:     from ... argument (spill) at ./lib_utf8.go:29:12
./lib_utf8.go:29:30:     from fmt.Printf("%q %d\n", ... argument...) (call parameter) at ./lib_utf8.go:29:12
./lib_utf8.go:29:13: b escapes to heap:
./lib_utf8.go:29:13:   flow: {storage for ... argument} = &{storage for b}:
./lib_utf8.go:29:13:     from b (spill) at ./lib_utf8.go:29:13
./lib_utf8.go:29:13:     from ... argument (slice-literal-element) at ./lib_utf8.go:29:12
./lib_utf8.go:29:13:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:29:13:     from ... argument (spill) at ./lib_utf8.go:29:12
./lib_utf8.go:29:13:     from fmt.Printf("%q %d\n", ... argument...) (call parameter) at ./lib_utf8.go:29:12
./lib_utf8.go:22:21: buf[:n] escapes to heap:
./lib_utf8.go:22:21:   flow: {storage for ... argument} = &{storage for buf[:n]}:
./lib_utf8.go:22:21:     from buf[:n] (spill) at ./lib_utf8.go:22:21
./lib_utf8.go:22:21:     from ... argument (slice-literal-element) at ./lib_utf8.go:22:14
./lib_utf8.go:22:21:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:22:21:     from ... argument (spill) at ./lib_utf8.go:22:14
./lib_utf8.go:22:21:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8.go:22:14
./lib_utf8.go:22:14: n escapes to heap:
./lib_utf8.go:22:14:   flow: {storage for ... argument} = &{storage for n}:
./lib_utf8.go:22:14:     from n (spill) at ./lib_utf8.go:22:14
./lib_utf8.go:22:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:22:14
./lib_utf8.go:22:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:22:14:     from ... argument (spill) at ./lib_utf8.go:22:14
./lib_utf8.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8.go:22:14
./lib_utf8.go:17:178: utf8.Valid(([]byte)(s)) escapes to heap:
./lib_utf8.go:17:178:   flow: {storage for ... argument} = &{storage for utf8.Valid(([]byte)(s))}:
./lib_utf8.go:17:178:     from utf8.Valid(([]byte)(s)) (spill) at ./lib_utf8.go:17:178
./lib_utf8.go:17:178:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:178:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:178:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:178:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:163: utf8.ValidString(s) escapes to heap:
./lib_utf8.go:17:163:   flow: {storage for ... argument} = &{storage for utf8.ValidString(s)}:
./lib_utf8.go:17:163:     from utf8.ValidString(s) (spill) at ./lib_utf8.go:17:163
./lib_utf8.go:17:163:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:163:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:163:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:163:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:134: utf8.RuneCount(([]byte)(s)) escapes to heap:
./lib_utf8.go:17:134:   flow: {storage for ... argument} = &{storage for utf8.RuneCount(([]byte)(s))}:
./lib_utf8.go:17:134:     from utf8.RuneCount(([]byte)(s)) (spill) at ./lib_utf8.go:17:134
./lib_utf8.go:17:134:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:134:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:134:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:134:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:115: utf8.RuneCountInString(s) escapes to heap:
./lib_utf8.go:17:115:   flow: {storage for ... argument} = &{storage for utf8.RuneCountInString(s)}:
./lib_utf8.go:17:115:     from utf8.RuneCountInString(s) (spill) at ./lib_utf8.go:17:115
./lib_utf8.go:17:115:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:115:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:115:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:115:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14: bln escapes to heap:
./lib_utf8.go:17:14:   flow: {storage for ... argument} = &{storage for bln}:
./lib_utf8.go:17:14:     from bln (spill) at ./lib_utf8.go:17:14
./lib_utf8.go:17:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:14:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14: blr escapes to heap:
./lib_utf8.go:17:14:   flow: {storage for ... argument} = &{storage for blr}:
./lib_utf8.go:17:14:     from blr (spill) at ./lib_utf8.go:17:14
./lib_utf8.go:17:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:14:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14: bn escapes to heap:
./lib_utf8.go:17:14:   flow: {storage for ... argument} = &{storage for bn}:
./lib_utf8.go:17:14:     from bn (spill) at ./lib_utf8.go:17:14
./lib_utf8.go:17:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:14:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14: br escapes to heap:
./lib_utf8.go:17:14:   flow: {storage for ... argument} = &{storage for br}:
./lib_utf8.go:17:14:     from br (spill) at ./lib_utf8.go:17:14
./lib_utf8.go:17:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:14:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14: ln escapes to heap:
./lib_utf8.go:17:14:   flow: {storage for ... argument} = &{storage for ln}:
./lib_utf8.go:17:14:     from ln (spill) at ./lib_utf8.go:17:14
./lib_utf8.go:17:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:14:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14: lr escapes to heap:
./lib_utf8.go:17:14:   flow: {storage for ... argument} = &{storage for lr}:
./lib_utf8.go:17:14:     from lr (spill) at ./lib_utf8.go:17:14
./lib_utf8.go:17:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:14:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14: n escapes to heap:
./lib_utf8.go:17:14:   flow: {storage for ... argument} = &{storage for n}:
./lib_utf8.go:17:14:     from n (spill) at ./lib_utf8.go:17:14
./lib_utf8.go:17:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:14:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14: r escapes to heap:
./lib_utf8.go:17:14:   flow: {storage for ... argument} = &{storage for r}:
./lib_utf8.go:17:14:     from r (spill) at ./lib_utf8.go:17:14
./lib_utf8.go:17:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:14:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14: s escapes to heap:
./lib_utf8.go:17:14:   flow: {storage for ... argument} = &{storage for s}:
./lib_utf8.go:17:14:     from s (spill) at ./lib_utf8.go:17:14
./lib_utf8.go:17:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:17:14:     from ... argument (spill) at ./lib_utf8.go:17:13
./lib_utf8.go:17:14:     from fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", ... argument...) (call parameter) at ./lib_utf8.go:17:13
./lib_utf8.go:10:49: utf8.ValidRune(r) escapes to heap:
./lib_utf8.go:10:49:   flow: {storage for ... argument} = &{storage for utf8.ValidRune(r)}:
./lib_utf8.go:10:49:     from utf8.ValidRune(r) (spill) at ./lib_utf8.go:10:49
./lib_utf8.go:10:49:     from ... argument (slice-literal-element) at ./lib_utf8.go:10:14
./lib_utf8.go:10:49:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:10:49:     from ... argument (spill) at ./lib_utf8.go:10:14
./lib_utf8.go:10:49:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8.go:10:14
./lib_utf8.go:10:30: utf8.RuneLen(r) escapes to heap:
./lib_utf8.go:10:30:   flow: {storage for ... argument} = &{storage for utf8.RuneLen(r)}:
./lib_utf8.go:10:30:     from utf8.RuneLen(r) (spill) at ./lib_utf8.go:10:30
./lib_utf8.go:10:30:     from ... argument (slice-literal-element) at ./lib_utf8.go:10:14
./lib_utf8.go:10:30:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:10:30:     from ... argument (spill) at ./lib_utf8.go:10:14
./lib_utf8.go:10:30:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8.go:10:14
./lib_utf8.go:10:14: r escapes to heap:
./lib_utf8.go:10:14:   flow: {storage for ... argument} = &{storage for r}:
./lib_utf8.go:10:14:     from r (spill) at ./lib_utf8.go:10:14
./lib_utf8.go:10:14:     from ... argument (slice-literal-element) at ./lib_utf8.go:10:14
./lib_utf8.go:10:14:   flow: {heap} = {storage for ... argument}:
./lib_utf8.go:10:14:     from ... argument (spill) at ./lib_utf8.go:10:14
./lib_utf8.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8.go:10:14
./lib_utf8.go:19:13: make([]byte, 4) escapes to heap:
./lib_utf8.go:19:13:   flow: buf = &{storage for make([]byte, 4)}:
./lib_utf8.go:19:13:     from make([]byte, 4) (spill) at ./lib_utf8.go:19:13
./lib_utf8.go:19:13:     from buf := make([]byte, 4) (assign) at ./lib_utf8.go:19:6
./lib_utf8.go:19:13:   flow: {storage for buf[:n]} = buf:
./lib_utf8.go:19:13:     from buf[:n] (slice) at ./lib_utf8.go:22:21
./lib_utf8.go:19:13:     from buf[:n] (interface-converted) at ./lib_utf8.go:22:21
./lib_utf8.go:9:26: []rune{...} does not escape
./lib_utf8.go:10:14: ... argument does not escape
./lib_utf8.go:10:14: r escapes to heap
./lib_utf8.go:10:30: utf8.RuneLen(r) escapes to heap
./lib_utf8.go:10:49: utf8.ValidRune(r) escapes to heap
./lib_utf8.go:12:28: []string{...} does not escape
./lib_utf8.go:15:35: ([]byte)(s) does not escape
./lib_utf8.go:16:41: ([]byte)(s) does not escape
./lib_utf8.go:17:13: ... argument does not escape
./lib_utf8.go:17:14: s escapes to heap
./lib_utf8.go:17:14: r escapes to heap
./lib_utf8.go:17:14: n escapes to heap
./lib_utf8.go:17:14: lr escapes to heap
./lib_utf8.go:17:14: ln escapes to heap
./lib_utf8.go:17:14: br escapes to heap
./lib_utf8.go:17:14: bn escapes to heap
./lib_utf8.go:17:14: blr escapes to heap
./lib_utf8.go:17:14: bln escapes to heap
./lib_utf8.go:17:115: utf8.RuneCountInString(s) escapes to heap
./lib_utf8.go:17:134: utf8.RuneCount(([]byte)(s)) escapes to heap
./lib_utf8.go:17:141: ([]byte)(s) does not escape
./lib_utf8.go:17:163: utf8.ValidString(s) escapes to heap
./lib_utf8.go:17:178: utf8.Valid(([]byte)(s)) escapes to heap
./lib_utf8.go:17:185: ([]byte)(s) does not escape
./lib_utf8.go:19:13: make([]byte, 4) escapes to heap
./lib_utf8.go:20:26: []rune{...} does not escape
./lib_utf8.go:22:14: ... argument does not escape
./lib_utf8.go:22:14: n escapes to heap
./lib_utf8.go:22:21: buf[:n] escapes to heap
./lib_utf8.go:29:12: ... argument does not escape
./lib_utf8.go:29:13: b escapes to heap
./lib_utf8.go:29:30: len(b) escapes to heap
./lib_utf8.go:30:13: ... argument does not escape
./lib_utf8.go:30:18: utf8.RuneError escapes to heap
./lib_utf8.go:30:34: utf8.RuneSelf escapes to heap
./lib_utf8.go:30:49: utf8.MaxRune escapes to heap
./lib_utf8.go:30:63: utf8.UTFMax escapes to heap
./lib_utf8.go:31:12: ... argument does not escape
./lib_utf8.go:31:34: utf8.RuneError escapes to heap
./lib_utf8.go:31:50: utf8.RuneSelf escapes to heap
./lib_utf8.go:31:65: utf8.MaxRune escapes to heap
./lib_utf8.go:31:79: utf8.UTFMax escapes to heap
