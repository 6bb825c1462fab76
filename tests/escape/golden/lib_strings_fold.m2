./lib_strings_fold.go:24:13: found escapes to heap:
./lib_strings_fold.go:24:13:   flow: {storage for ... argument} = &{storage for found}:
./lib_strings_fold.go:24:13:     from found (spill) at ./lib_strings_fold.go:24:13
./lib_strings_fold.go:24:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:24:12
./lib_strings_fold.go:24:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:24:13:     from ... argument (spill) at ./lib_strings_fold.go:24:12
./lib_strings_fold.go:24:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:24:12
./lib_strings_fold.go:24:13: after escapes to heap:
./lib_strings_fold.go:24:13:   flow: {storage for ... argument} = &{storage for after}:
./lib_strings_fold.go:24:13:     from after (spill) at ./lib_strings_fold.go:24:13
./lib_strings_fold.go:24:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:24:12
./lib_strings_fold.go:24:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:24:13:     from ... argument (spill) at ./lib_strings_fold.go:24:12
./lib_strings_fold.go:24:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:24:12
./lib_strings_fold.go:24:13: before escapes to heap:
./lib_strings_fold.go:24:13:   flow: {storage for ... argument} = &{storage for before}:
./lib_strings_fold.go:24:13:     from before (spill) at ./lib_strings_fold.go:24:13
./lib_strings_fold.go:24:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:24:12
./lib_strings_fold.go:24:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:24:13:     from ... argument (spill) at ./lib_strings_fold.go:24:12
./lib_strings_fold.go:24:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:24:12
./lib_strings_fold.go:22:13: found escapes to heap:
./lib_strings_fold.go:22:13:   flow: {storage for ... argument} = &{storage for found}:
./lib_strings_fold.go:22:13:     from found (spill) at ./lib_strings_fold.go:22:13
./lib_strings_fold.go:22:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:22:12
./lib_strings_fold.go:22:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:22:13:     from ... argument (spill) at ./lib_strings_fold.go:22:12
./lib_strings_fold.go:22:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:22:12
./lib_strings_fold.go:22:13: after escapes to heap:
./lib_strings_fold.go:22:13:   flow: {storage for ... argument} = &{storage for after}:
./lib_strings_fold.go:22:13:     from after (spill) at ./lib_strings_fold.go:22:13
./lib_strings_fold.go:22:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:22:12
./lib_strings_fold.go:22:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:22:13:     from ... argument (spill) at ./lib_strings_fold.go:22:12
./lib_strings_fold.go:22:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:22:12
./lib_strings_fold.go:22:13: before escapes to heap:
./lib_strings_fold.go:22:13:   flow: {storage for ... argument} = &{storage for before}:
./lib_strings_fold.go:22:13:     from before (spill) at ./lib_strings_fold.go:22:13
./lib_strings_fold.go:22:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:22:12
./lib_strings_fold.go:22:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:22:13:     from ... argument (spill) at ./lib_strings_fold.go:22:12
./lib_strings_fold.go:22:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:22:12
./lib_strings_fold.go:20:13: found escapes to heap:
./lib_strings_fold.go:20:13:   flow: {storage for ... argument} = &{storage for found}:
./lib_strings_fold.go:20:13:     from found (spill) at ./lib_strings_fold.go:20:13
./lib_strings_fold.go:20:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:20:12
./lib_strings_fold.go:20:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:20:13:     from ... argument (spill) at ./lib_strings_fold.go:20:12
./lib_strings_fold.go:20:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:20:12
./lib_strings_fold.go:20:13: after escapes to heap:
./lib_strings_fold.go:20:13:   flow: {storage for ... argument} = &{storage for after}:
./lib_strings_fold.go:20:13:     from after (spill) at ./lib_strings_fold.go:20:13
./lib_strings_fold.go:20:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:20:12
./lib_strings_fold.go:20:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:20:13:     from ... argument (spill) at ./lib_strings_fold.go:20:12
./lib_strings_fold.go:20:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:20:12
./lib_strings_fold.go:20:13: before escapes to heap:
./lib_strings_fold.go:20:13:   flow: {storage for ... argument} = &{storage for before}:
./lib_strings_fold.go:20:13:     from before (spill) at ./lib_strings_fold.go:20:13
./lib_strings_fold.go:20:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:20:12
./lib_strings_fold.go:20:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:20:13:     from ... argument (spill) at ./lib_strings_fold.go:20:12
./lib_strings_fold.go:20:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:20:12
./lib_strings_fold.go:18:13: found escapes to heap:
./lib_strings_fold.go:18:13:   flow: {storage for ... argument} = &{storage for found}:
./lib_strings_fold.go:18:13:     from found (spill) at ./lib_strings_fold.go:18:13
./lib_strings_fold.go:18:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:18:12
./lib_strings_fold.go:18:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:18:13:     from ... argument (spill) at ./lib_strings_fold.go:18:12
./lib_strings_fold.go:18:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:18:12
./lib_strings_fold.go:18:13: after escapes to heap:
./lib_strings_fold.go:18:13:   flow: {storage for ... argument} = &{storage for after}:
./lib_strings_fold.go:18:13:     from after (spill) at ./lib_strings_fold.go:18:13
./lib_strings_fold.go:18:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:18:12
./lib_strings_fold.go:18:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:18:13:     from ... argument (spill) at ./lib_strings_fold.go:18:12
./lib_strings_fold.go:18:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:18:12
./lib_strings_fold.go:18:13: before escapes to heap:
./lib_strings_fold.go:18:13:   flow: {storage for ... argument} = &{storage for before}:
./lib_strings_fold.go:18:13:     from before (spill) at ./lib_strings_fold.go:18:13
./lib_strings_fold.go:18:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:18:12
./lib_strings_fold.go:18:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:18:13:     from ... argument (spill) at ./lib_strings_fold.go:18:12
./lib_strings_fold.go:18:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:18:12
./lib_strings_fold.go:16:13: found escapes to heap:
./lib_strings_fold.go:16:13:   flow: {storage for ... argument} = &{storage for found}:
./lib_strings_fold.go:16:13:     from found (spill) at ./lib_strings_fold.go:16:13
./lib_strings_fold.go:16:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:16:12
./lib_strings_fold.go:16:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:16:13:     from ... argument (spill) at ./lib_strings_fold.go:16:12
./lib_strings_fold.go:16:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:16:12
./lib_strings_fold.go:16:13: after escapes to heap:
./lib_strings_fold.go:16:13:   flow: {storage for ... argument} = &{storage for after}:
./lib_strings_fold.go:16:13:     from after (spill) at ./lib_strings_fold.go:16:13
./lib_strings_fold.go:16:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:16:12
./lib_strings_fold.go:16:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:16:13:     from ... argument (spill) at ./lib_strings_fold.go:16:12
./lib_strings_fold.go:16:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:16:12
./lib_strings_fold.go:16:13: before escapes to heap:
./lib_strings_fold.go:16:13:   flow: {storage for ... argument} = &{storage for before}:
./lib_strings_fold.go:16:13:     from before (spill) at ./lib_strings_fold.go:16:13
./lib_strings_fold.go:16:13:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:16:12
./lib_strings_fold.go:16:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:16:13:     from ... argument (spill) at ./lib_strings_fold.go:16:12
./lib_strings_fold.go:16:13:     from fmt.Printf("%q %q %v\n", ... argument...) (call parameter) at ./lib_strings_fold.go:16:12
./lib_strings_fold.go:13:73: strings.Compare(p[0], p[1]) escapes to heap:
./lib_strings_fold.go:13:73:   flow: {storage for ... argument} = &{storage for strings.Compare(p[0], p[1])}:
./lib_strings_fold.go:13:73:     from strings.Compare(p[0], p[1]) (spill) at ./lib_strings_fold.go:13:73
./lib_strings_fold.go:13:73:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:73:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:13:73:     from ... argument (spill) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:73:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:44: strings.EqualFold(p[0], p[1]) escapes to heap:
./lib_strings_fold.go:13:44:   flow: {storage for ... argument} = &{storage for strings.EqualFold(p[0], p[1])}:
./lib_strings_fold.go:13:44:     from strings.EqualFold(p[0], p[1]) (spill) at ./lib_strings_fold.go:13:44
./lib_strings_fold.go:13:44:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:44:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:13:44:     from ... argument (spill) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:44:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:22: p[1] escapes to heap:
./lib_strings_fold.go:13:22:   flow: {storage for ... argument} = &{storage for p[1]}:
./lib_strings_fold.go:13:22:     from p[1] (spill) at ./lib_strings_fold.go:13:22
./lib_strings_fold.go:13:22:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:22:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:13:22:     from ... argument (spill) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:22:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:16: p[0] escapes to heap:
./lib_strings_fold.go:13:16:   flow: {storage for ... argument} = &{storage for p[0]}:
./lib_strings_fold.go:13:16:     from p[0] (spill) at ./lib_strings_fold.go:13:16
./lib_strings_fold.go:13:16:     from ... argument (slice-literal-element) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:16:   flow: {heap} = {storage for ... argument}:
./lib_strings_fold.go:13:16:     from ... argument (spill) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_fold.go:13:14
./lib_strings_fold.go:9:22: [][2]string{...} does not escape
./lib_strings_fold.go:13:14: ... argument does not escape
./lib_strings_fold.go:13:16: p[0] escapes to heap
./lib_strings_fold.go:13:22: p[1] escapes to heap
./lib_strings_fold.go:13:44: strings.EqualFold(p[0], p[1]) escapes to heap
./lib_strings_fold.go:13:73: strings.Compare(p[0], p[1]) escapes to heap
./lib_strings_fold.go:16:12: ... argument does not escape
./lib_strings_fold.go:16:13: before escapes to heap
./lib_strings_fold.go:16:13: after escapes to heap
./lib_strings_fold.go:16:13: found escapes to heap
./lib_strings_fold.go:18:12: ... argument does not escape
./lib_strings_fold.go:18:13: before escapes to heap
./lib_strings_fold.go:18:13: after escapes to heap
./lib_strings_fold.go:18:13: found escapes to heap
./lib_strings_fold.go:20:12: ... argument does not escape
./lib_strings_fold.go:20:13: before escapes to heap
./lib_strings_fold.go:20:13: after escapes to heap
./lib_strings_fold.go:20:13: found escapes to heap
./lib_strings_fold.go:22:12: ... argument does not escape
./lib_strings_fold.go:22:13: before escapes to heap
./lib_strings_fold.go:22:13: after escapes to heap
./lib_strings_fold.go:22:13: found escapes to heap
./lib_strings_fold.go:24:12: ... argument does not escape
./lib_strings_fold.go:24:13: before escapes to heap
./lib_strings_fold.go:24:13: after escapes to heap
./lib_strings_fold.go:24:13: found escapes to heap
