./lib_strings_join.go:25:39: strings.ReplaceAll("a\xffb", "", ".") escapes to heap:
./lib_strings_join.go:25:39:   flow: {storage for ... argument} = &{storage for strings.ReplaceAll("a\xffb", "", ".")}:
./lib_strings_join.go:25:39:     from strings.ReplaceAll("a\xffb", "", ".") (spill) at ./lib_strings_join.go:25:39
./lib_strings_join.go:25:39:     from ... argument (slice-literal-element) at ./lib_strings_join.go:25:12
./lib_strings_join.go:25:39:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:25:39:     from ... argument (spill) at ./lib_strings_join.go:25:12
./lib_strings_join.go:25:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:25:12
./lib_strings_join.go:24:39: strings.ReplaceAll("banana", "a", "o") escapes to heap:
./lib_strings_join.go:24:39:   flow: {storage for ... argument} = &{storage for strings.ReplaceAll("banana", "a", "o")}:
./lib_strings_join.go:24:39:     from strings.ReplaceAll("banana", "a", "o") (spill) at ./lib_strings_join.go:24:39
./lib_strings_join.go:24:39:     from ... argument (slice-literal-element) at ./lib_strings_join.go:24:12
./lib_strings_join.go:24:39:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:24:39:     from ... argument (spill) at ./lib_strings_join.go:24:12
./lib_strings_join.go:24:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:24:12
./lib_strings_join.go:23:36: strings.Replace("aaa", "a", "", 0) escapes to heap:
./lib_strings_join.go:23:36:   flow: {storage for ... argument} = &{storage for strings.Replace("aaa", "a", "", 0)}:
./lib_strings_join.go:23:36:     from strings.Replace("aaa", "a", "", 0) (spill) at ./lib_strings_join.go:23:36
./lib_strings_join.go:23:36:     from ... argument (slice-literal-element) at ./lib_strings_join.go:23:12
./lib_strings_join.go:23:36:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:23:36:     from ... argument (spill) at ./lib_strings_join.go:23:12
./lib_strings_join.go:23:36:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:23:12
./lib_strings_join.go:22:36: strings.Replace("abc", "x", "y", -1) escapes to heap:
./lib_strings_join.go:22:36:   flow: {storage for ... argument} = &{storage for strings.Replace("abc", "x", "y", -1)}:
./lib_strings_join.go:22:36:     from strings.Replace("abc", "x", "y", -1) (spill) at ./lib_strings_join.go:22:36
./lib_strings_join.go:22:36:     from ... argument (slice-literal-element) at ./lib_strings_join.go:22:12
./lib_strings_join.go:22:36:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:22:36:     from ... argument (spill) at ./lib_strings_join.go:22:12
./lib_strings_join.go:22:36:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:22:12
./lib_strings_join.go:21:36: strings.Replace("abc", "b", "b", -1) escapes to heap:
./lib_strings_join.go:21:36:   flow: {storage for ... argument} = &{storage for strings.Replace("abc", "b", "b", -1)}:
./lib_strings_join.go:21:36:     from strings.Replace("abc", "b", "b", -1) (spill) at ./lib_strings_join.go:21:36
./lib_strings_join.go:21:36:     from ... argument (slice-literal-element) at ./lib_strings_join.go:21:12
./lib_strings_join.go:21:36:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:21:36:     from ... argument (spill) at ./lib_strings_join.go:21:12
./lib_strings_join.go:21:36:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:21:12
./lib_strings_join.go:20:36: strings.Replace("日本", "", "-", 2) escapes to heap:
./lib_strings_join.go:20:36:   flow: {storage for ... argument} = &{storage for strings.Replace("日本", "", "-", 2)}:
./lib_strings_join.go:20:36:     from strings.Replace("日本", "", "-", 2) (spill) at ./lib_strings_join.go:20:36
./lib_strings_join.go:20:36:     from ... argument (slice-literal-element) at ./lib_strings_join.go:20:12
./lib_strings_join.go:20:36:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:20:36:     from ... argument (spill) at ./lib_strings_join.go:20:12
./lib_strings_join.go:20:36:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:20:12
./lib_strings_join.go:19:36: strings.Replace("abc", "", "-", -1) escapes to heap:
./lib_strings_join.go:19:36:   flow: {storage for ... argument} = &{storage for strings.Replace("abc", "", "-", -1)}:
./lib_strings_join.go:19:36:     from strings.Replace("abc", "", "-", -1) (spill) at ./lib_strings_join.go:19:36
./lib_strings_join.go:19:36:     from ... argument (slice-literal-element) at ./lib_strings_join.go:19:12
./lib_strings_join.go:19:36:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:19:36:     from ... argument (spill) at ./lib_strings_join.go:19:12
./lib_strings_join.go:19:36:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:19:12
./lib_strings_join.go:18:36: strings.Replace("oink oink oink", "oink", "moo", -1) escapes to heap:
./lib_strings_join.go:18:36:   flow: {storage for ... argument} = &{storage for strings.Replace("oink oink oink", "oink", "moo", -1)}:
./lib_strings_join.go:18:36:     from strings.Replace("oink oink oink", "oink", "moo", -1) (spill) at ./lib_strings_join.go:18:36
./lib_strings_join.go:18:36:     from ... argument (slice-literal-element) at ./lib_strings_join.go:18:12
./lib_strings_join.go:18:36:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:18:36:     from ... argument (spill) at ./lib_strings_join.go:18:12
./lib_strings_join.go:18:36:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:18:12
./lib_strings_join.go:17:36: strings.Replace("oink oink oink", "k", "ky", 2) escapes to heap:
./lib_strings_join.go:17:36:   flow: {storage for ... argument} = &{storage for strings.Replace("oink oink oink", "k", "ky", 2)}:
./lib_strings_join.go:17:36:     from strings.Replace("oink oink oink", "k", "ky", 2) (spill) at ./lib_strings_join.go:17:36
./lib_strings_join.go:17:36:     from ... argument (slice-literal-element) at ./lib_strings_join.go:17:12
./lib_strings_join.go:17:36:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:17:36:     from ... argument (spill) at ./lib_strings_join.go:17:12
./lib_strings_join.go:17:36:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:17:12
./lib_strings_join.go:16:35: strings.Repeat("x", 0) escapes to heap:
./lib_strings_join.go:16:35:   flow: {storage for ... argument} = &{storage for strings.Repeat("x", 0)}:
./lib_strings_join.go:16:35:     from strings.Repeat("x", 0) (spill) at ./lib_strings_join.go:16:35
./lib_strings_join.go:16:35:     from ... argument (slice-literal-element) at ./lib_strings_join.go:16:12
./lib_strings_join.go:16:35:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:16:35:     from ... argument (spill) at ./lib_strings_join.go:16:12
./lib_strings_join.go:16:35:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:16:12
./lib_strings_join.go:15:35: strings.Repeat("", 100) escapes to heap:
./lib_strings_join.go:15:35:   flow: {storage for ... argument} = &{storage for strings.Repeat("", 100)}:
./lib_strings_join.go:15:35:     from strings.Repeat("", 100) (spill) at ./lib_strings_join.go:15:35
./lib_strings_join.go:15:35:     from ... argument (slice-literal-element) at ./lib_strings_join.go:15:12
./lib_strings_join.go:15:35:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:15:35:     from ... argument (spill) at ./lib_strings_join.go:15:12
./lib_strings_join.go:15:35:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:15:12
./lib_strings_join.go:14:35: strings.Repeat("na", 4) escapes to heap:
./lib_strings_join.go:14:35:   flow: {storage for ... argument} = &{storage for strings.Repeat("na", 4)}:
./lib_strings_join.go:14:35:     from strings.Repeat("na", 4) (spill) at ./lib_strings_join.go:14:35
./lib_strings_join.go:14:35:     from ... argument (slice-literal-element) at ./lib_strings_join.go:14:12
./lib_strings_join.go:14:35:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:14:35:     from ... argument (spill) at ./lib_strings_join.go:14:12
./lib_strings_join.go:14:35:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:14:12
./lib_strings_join.go:13:33: strings.Join([]string{...}, "-") escapes to heap:
./lib_strings_join.go:13:33:   flow: {storage for ... argument} = &{storage for strings.Join([]string{...}, "-")}:
./lib_strings_join.go:13:33:     from strings.Join([]string{...}, "-") (spill) at ./lib_strings_join.go:13:33
./lib_strings_join.go:13:33:     from ... argument (slice-literal-element) at ./lib_strings_join.go:13:12
./lib_strings_join.go:13:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:13:33:     from ... argument (spill) at ./lib_strings_join.go:13:12
./lib_strings_join.go:13:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:13:12
./lib_strings_join.go:12:33: strings.Join([]string{...}, "") escapes to heap:
./lib_strings_join.go:12:33:   flow: {storage for ... argument} = &{storage for strings.Join([]string{...}, "")}:
./lib_strings_join.go:12:33:     from strings.Join([]string{...}, "") (spill) at ./lib_strings_join.go:12:33
./lib_strings_join.go:12:33:     from ... argument (slice-literal-element) at ./lib_strings_join.go:12:12
./lib_strings_join.go:12:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:12:33:     from ... argument (spill) at ./lib_strings_join.go:12:12
./lib_strings_join.go:12:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:12:12
./lib_strings_join.go:11:33: strings.Join([]string{...}, ", ") escapes to heap:
./lib_strings_join.go:11:33:   flow: {storage for ... argument} = &{storage for strings.Join([]string{...}, ", ")}:
./lib_strings_join.go:11:33:     from strings.Join([]string{...}, ", ") (spill) at ./lib_strings_join.go:11:33
./lib_strings_join.go:11:33:     from ... argument (slice-literal-element) at ./lib_strings_join.go:11:12
./lib_strings_join.go:11:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:11:33:     from ... argument (spill) at ./lib_strings_join.go:11:12
./lib_strings_join.go:11:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:11:12
./lib_strings_join.go:10:33: strings.Join(nil, ", ") escapes to heap:
./lib_strings_join.go:10:33:   flow: {storage for ... argument} = &{storage for strings.Join(nil, ", ")}:
./lib_strings_join.go:10:33:     from strings.Join(nil, ", ") (spill) at ./lib_strings_join.go:10:33
./lib_strings_join.go:10:33:     from ... argument (slice-literal-element) at ./lib_strings_join.go:10:12
./lib_strings_join.go:10:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:10:33:     from ... argument (spill) at ./lib_strings_join.go:10:12
./lib_strings_join.go:10:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:10:12
./lib_strings_join.go:9:33: strings.Join([]string{...}, ", ") escapes to heap:
./lib_strings_join.go:9:33:   flow: {storage for ... argument} = &{storage for strings.Join([]string{...}, ", ")}:
./lib_strings_join.go:9:33:     from strings.Join([]string{...}, ", ") (spill) at ./lib_strings_join.go:9:33
./lib_strings_join.go:9:33:     from ... argument (slice-literal-element) at ./lib_strings_join.go:9:12
./lib_strings_join.go:9:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_join.go:9:33:     from ... argument (spill) at ./lib_strings_join.go:9:12
./lib_strings_join.go:9:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_join.go:9:12
./lib_strings_join.go:9:12: ... argument does not escape
./lib_strings_join.go:9:33: strings.Join([]string{...}, ", ") escapes to heap
./lib_strings_join.go:9:42: []string{...} does not escape
./lib_strings_join.go:10:12: ... argument does not escape
./lib_strings_join.go:10:33: strings.Join(nil, ", ") escapes to heap
./lib_strings_join.go:11:12: ... argument does not escape
./lib_strings_join.go:11:33: strings.Join([]string{...}, ", ") escapes to heap
./lib_strings_join.go:11:42: []string{...} does not escape
./lib_strings_join.go:12:12: ... argument does not escape
./lib_strings_join.go:12:33: strings.Join([]string{...}, "") escapes to heap
./lib_strings_join.go:12:42: []string{...} does not escape
./lib_strings_join.go:13:12: ... argument does not escape
./lib_strings_join.go:13:33: strings.Join([]string{...}, "-") escapes to heap
./lib_strings_join.go:13:42: []string{...} does not escape
./lib_strings_join.go:14:12: ... argument does not escape
./lib_strings_join.go:14:35: strings.Repeat("na", 4) escapes to heap
./lib_strings_join.go:15:12: ... argument does not escape
./lib_strings_join.go:15:35: strings.Repeat("", 100) escapes to heap
./lib_strings_join.go:16:12: ... argument does not escape
./lib_strings_join.go:16:35: strings.Repeat("x", 0) escapes to heap
./lib_strings_join.go:17:12: ... argument does not escape
./lib_strings_join.go:17:36: strings.Replace("oink oink oink", "k", "ky", 2) escapes to heap
./lib_strings_join.go:18:12: ... argument does not escape
./lib_strings_join.go:18:36: strings.Replace("oink oink oink", "oink", "moo", -1) escapes to heap
./lib_strings_join.go:19:12: ... argument does not escape
./lib_strings_join.go:19:36: strings.Replace("abc", "", "-", -1) escapes to heap
./lib_strings_join.go:20:12: ... argument does not escape
./lib_strings_join.go:20:36: strings.Replace("日本", "", "-", 2) escapes to heap
./lib_strings_join.go:21:12: ... argument does not escape
./lib_strings_join.go:21:36: strings.Replace("abc", "b", "b", -1) escapes to heap
./lib_strings_join.go:22:12: ... argument does not escape
./lib_strings_join.go:22:36: strings.Replace("abc", "x", "y", -1) escapes to heap
./lib_strings_join.go:23:12: ... argument does not escape
./lib_strings_join.go:23:36: strings.Replace("aaa", "a", "", 0) escapes to heap
./lib_strings_join.go:24:12: ... argument does not escape
./lib_strings_join.go:24:39: strings.ReplaceAll("banana", "a", "o") escapes to heap
./lib_strings_join.go:25:12: ... argument does not escape
./lib_strings_join.go:25:39: strings.ReplaceAll("a\xffb", "", ".") escapes to heap
