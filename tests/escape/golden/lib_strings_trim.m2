./lib_strings_trim.go:27:39: strings.TrimSuffix("abc", "") escapes to heap:
./lib_strings_trim.go:27:39:   flow: {storage for ... argument} = &{storage for strings.TrimSuffix("abc", "")}:
./lib_strings_trim.go:27:39:     from strings.TrimSuffix("abc", "") (spill) at ./lib_strings_trim.go:27:39
./lib_strings_trim.go:27:39:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:27:12
./lib_strings_trim.go:27:39:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:27:39:     from ... argument (spill) at ./lib_strings_trim.go:27:12
./lib_strings_trim.go:27:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:27:12
./lib_strings_trim.go:26:39: strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Marmots!!!") escapes to heap:
./lib_strings_trim.go:26:39:   flow: {storage for ... argument} = &{storage for strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Marmots!!!")}:
./lib_strings_trim.go:26:39:     from strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Marmots!!!") (spill) at ./lib_strings_trim.go:26:39
./lib_strings_trim.go:26:39:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:26:12
./lib_strings_trim.go:26:39:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:26:39:     from ... argument (spill) at ./lib_strings_trim.go:26:12
./lib_strings_trim.go:26:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:26:12
./lib_strings_trim.go:25:39: strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Gophers!!!") escapes to heap:
./lib_strings_trim.go:25:39:   flow: {storage for ... argument} = &{storage for strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Gophers!!!")}:
./lib_strings_trim.go:25:39:     from strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Gophers!!!") (spill) at ./lib_strings_trim.go:25:39
./lib_strings_trim.go:25:39:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:25:12
./lib_strings_trim.go:25:39:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:25:39:     from ... argument (spill) at ./lib_strings_trim.go:25:12
./lib_strings_trim.go:25:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:25:12
./lib_strings_trim.go:24:39: strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Howdy, ") escapes to heap:
./lib_strings_trim.go:24:39:   flow: {storage for ... argument} = &{storage for strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Howdy, ")}:
./lib_strings_trim.go:24:39:     from strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Howdy, ") (spill) at ./lib_strings_trim.go:24:39
./lib_strings_trim.go:24:39:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:24:12
./lib_strings_trim.go:24:39:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:24:39:     from ... argument (spill) at ./lib_strings_trim.go:24:12
./lib_strings_trim.go:24:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:24:12
./lib_strings_trim.go:23:39: strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, ") escapes to heap:
./lib_strings_trim.go:23:39:   flow: {storage for ... argument} = &{storage for strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, ")}:
./lib_strings_trim.go:23:39:     from strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, ") (spill) at ./lib_strings_trim.go:23:39
./lib_strings_trim.go:23:39:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:23:12
./lib_strings_trim.go:23:39:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:23:39:     from ... argument (spill) at ./lib_strings_trim.go:23:12
./lib_strings_trim.go:23:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:23:12
./lib_strings_trim.go:22:38: strings.TrimSpace("\xff ") escapes to heap:
./lib_strings_trim.go:22:38:   flow: {storage for ... argument} = &{storage for strings.TrimSpace("\xff ")}:
./lib_strings_trim.go:22:38:     from strings.TrimSpace("\xff ") (spill) at ./lib_strings_trim.go:22:38
./lib_strings_trim.go:22:38:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:22:12
./lib_strings_trim.go:22:38:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:22:38:     from ... argument (spill) at ./lib_strings_trim.go:22:12
./lib_strings_trim.go:22:38:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:22:12
./lib_strings_trim.go:21:38: strings.TrimSpace("") escapes to heap:
./lib_strings_trim.go:21:38:   flow: {storage for ... argument} = &{storage for strings.TrimSpace("")}:
./lib_strings_trim.go:21:38:     from strings.TrimSpace("") (spill) at ./lib_strings_trim.go:21:38
./lib_strings_trim.go:21:38:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:21:12
./lib_strings_trim.go:21:38:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:21:38:     from ... argument (spill) at ./lib_strings_trim.go:21:12
./lib_strings_trim.go:21:38:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:21:12
./lib_strings_trim.go:20:38: strings.TrimSpace("   ") escapes to heap:
./lib_strings_trim.go:20:38:   flow: {storage for ... argument} = &{storage for strings.TrimSpace("   ")}:
./lib_strings_trim.go:20:38:     from strings.TrimSpace("   ") (spill) at ./lib_strings_trim.go:20:38
./lib_strings_trim.go:20:38:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:20:12
./lib_strings_trim.go:20:38:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:20:38:     from ... argument (spill) at ./lib_strings_trim.go:20:12
./lib_strings_trim.go:20:38:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:20:12
./lib_strings_trim.go:19:38: strings.TrimSpace("\u00a0\u2003 x \u3000\u0085") escapes to heap:
./lib_strings_trim.go:19:38:   flow: {storage for ... argument} = &{storage for strings.TrimSpace("\u00a0\u2003 x \u3000\u0085")}:
./lib_strings_trim.go:19:38:     from strings.TrimSpace("\u00a0\u2003 x \u3000\u0085") (spill) at ./lib_strings_trim.go:19:38
./lib_strings_trim.go:19:38:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:19:12
./lib_strings_trim.go:19:38:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:19:38:     from ... argument (spill) at ./lib_strings_trim.go:19:12
./lib_strings_trim.go:19:38:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:19:12
./lib_strings_trim.go:18:38: strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n") escapes to heap:
./lib_strings_trim.go:18:38:   flow: {storage for ... argument} = &{storage for strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n")}:
./lib_strings_trim.go:18:38:     from strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n") (spill) at ./lib_strings_trim.go:18:38
./lib_strings_trim.go:18:38:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:18:12
./lib_strings_trim.go:18:38:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:18:38:     from ... argument (spill) at ./lib_strings_trim.go:18:12
./lib_strings_trim.go:18:38:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:18:12
./lib_strings_trim.go:17:33: strings.Trim("  xx  ", " ") escapes to heap:
./lib_strings_trim.go:17:33:   flow: {storage for ... argument} = &{storage for strings.Trim("  xx  ", " ")}:
./lib_strings_trim.go:17:33:     from strings.Trim("  xx  ", " ") (spill) at ./lib_strings_trim.go:17:33
./lib_strings_trim.go:17:33:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:17:12
./lib_strings_trim.go:17:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:17:33:     from ... argument (spill) at ./lib_strings_trim.go:17:12
./lib_strings_trim.go:17:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:17:12
./lib_strings_trim.go:16:33: strings.Trim("\xffabc\xfe", "\uFFFD") escapes to heap:
./lib_strings_trim.go:16:33:   flow: {storage for ... argument} = &{storage for strings.Trim("\xffabc\xfe", "\uFFFD")}:
./lib_strings_trim.go:16:33:     from strings.Trim("\xffabc\xfe", "\uFFFD") (spill) at ./lib_strings_trim.go:16:33
./lib_strings_trim.go:16:33:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:16:12
./lib_strings_trim.go:16:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:16:33:     from ... argument (spill) at ./lib_strings_trim.go:16:12
./lib_strings_trim.go:16:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:16:12
./lib_strings_trim.go:15:33: strings.Trim("\xffabc\xff", "\xff") escapes to heap:
./lib_strings_trim.go:15:33:   flow: {storage for ... argument} = &{storage for strings.Trim("\xffabc\xff", "\xff")}:
./lib_strings_trim.go:15:33:     from strings.Trim("\xffabc\xff", "\xff") (spill) at ./lib_strings_trim.go:15:33
./lib_strings_trim.go:15:33:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:15:12
./lib_strings_trim.go:15:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:15:33:     from ... argument (spill) at ./lib_strings_trim.go:15:12
./lib_strings_trim.go:15:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:15:12
./lib_strings_trim.go:14:33: strings.Trim("aaaa", "a") escapes to heap:
./lib_strings_trim.go:14:33:   flow: {storage for ... argument} = &{storage for strings.Trim("aaaa", "a")}:
./lib_strings_trim.go:14:33:     from strings.Trim("aaaa", "a") (spill) at ./lib_strings_trim.go:14:33
./lib_strings_trim.go:14:33:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:14:12
./lib_strings_trim.go:14:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:14:33:     from ... argument (spill) at ./lib_strings_trim.go:14:12
./lib_strings_trim.go:14:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:14:12
./lib_strings_trim.go:13:33: strings.Trim("abc", "") escapes to heap:
./lib_strings_trim.go:13:33:   flow: {storage for ... argument} = &{storage for strings.Trim("abc", "")}:
./lib_strings_trim.go:13:33:     from strings.Trim("abc", "") (spill) at ./lib_strings_trim.go:13:33
./lib_strings_trim.go:13:33:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:13:12
./lib_strings_trim.go:13:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:13:33:     from ... argument (spill) at ./lib_strings_trim.go:13:12
./lib_strings_trim.go:13:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:13:12
./lib_strings_trim.go:12:33: strings.Trim("", "abc") escapes to heap:
./lib_strings_trim.go:12:33:   flow: {storage for ... argument} = &{storage for strings.Trim("", "abc")}:
./lib_strings_trim.go:12:33:     from strings.Trim("", "abc") (spill) at ./lib_strings_trim.go:12:33
./lib_strings_trim.go:12:33:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:12:12
./lib_strings_trim.go:12:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:12:33:     from ... argument (spill) at ./lib_strings_trim.go:12:12
./lib_strings_trim.go:12:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:12:12
./lib_strings_trim.go:11:38: strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡") escapes to heap:
./lib_strings_trim.go:11:38:   flow: {storage for ... argument} = &{storage for strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡")}:
./lib_strings_trim.go:11:38:     from strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡") (spill) at ./lib_strings_trim.go:11:38
./lib_strings_trim.go:11:38:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:11:12
./lib_strings_trim.go:11:38:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:11:38:     from ... argument (spill) at ./lib_strings_trim.go:11:12
./lib_strings_trim.go:11:38:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:11:12
./lib_strings_trim.go:10:37: strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡") escapes to heap:
./lib_strings_trim.go:10:37:   flow: {storage for ... argument} = &{storage for strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡")}:
./lib_strings_trim.go:10:37:     from strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡") (spill) at ./lib_strings_trim.go:10:37
./lib_strings_trim.go:10:37:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:10:12
./lib_strings_trim.go:10:37:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:10:37:     from ... argument (spill) at ./lib_strings_trim.go:10:12
./lib_strings_trim.go:10:37:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:10:12
./lib_strings_trim.go:9:33: strings.Trim("¡¡¡Hello, Gophers!!!", "!¡") escapes to heap:
./lib_strings_trim.go:9:33:   flow: {storage for ... argument} = &{storage for strings.Trim("¡¡¡Hello, Gophers!!!", "!¡")}:
./lib_strings_trim.go:9:33:     from strings.Trim("¡¡¡Hello, Gophers!!!", "!¡") (spill) at ./lib_strings_trim.go:9:33
./lib_strings_trim.go:9:33:     from ... argument (slice-literal-element) at ./lib_strings_trim.go:9:12
./lib_strings_trim.go:9:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_trim.go:9:33:     from ... argument (spill) at ./lib_strings_trim.go:9:12
./lib_strings_trim.go:9:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_strings_trim.go:9:12
./lib_strings_trim.go:9:12: ... argument does not escape
./lib_strings_trim.go:9:33: strings.Trim("¡¡¡Hello, Gophers!!!", "!¡") escapes to heap
./lib_strings_trim.go:10:12: ... argument does not escape
./lib_strings_trim.go:10:37: strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡") escapes to heap
./lib_strings_trim.go:11:12: ... argument does not escape
./lib_strings_trim.go:11:38: strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡") escapes to heap
./lib_strings_trim.go:12:12: ... argument does not escape
./lib_strings_trim.go:12:33: strings.Trim("", "abc") escapes to heap
./lib_strings_trim.go:13:12: ... argument does not escape
./lib_strings_trim.go:13:33: strings.Trim("abc", "") escapes to heap
./lib_strings_trim.go:14:12: ... argument does not escape
./lib_strings_trim.go:14:33: strings.Trim("aaaa", "a") escapes to heap
./lib_strings_trim.go:15:12: ... argument does not escape
./lib_strings_trim.go:15:33: strings.Trim("\xffabc\xff", "\xff") escapes to heap
./lib_strings_trim.go:16:12: ... argument does not escape
./lib_strings_trim.go:16:33: strings.Trim("\xffabc\xfe", "\uFFFD") escapes to heap
./lib_strings_trim.go:17:12: ... argument does not escape
./lib_strings_trim.go:17:33: strings.Trim("  xx  ", " ") escapes to heap
./lib_strings_trim.go:18:12: ... argument does not escape
./lib_strings_trim.go:18:38: strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n") escapes to heap
./lib_strings_trim.go:19:12: ... argument does not escape
./lib_strings_trim.go:19:38: strings.TrimSpace("\u00a0\u2003 x \u3000\u0085") escapes to heap
./lib_strings_trim.go:20:12: ... argument does not escape
./lib_strings_trim.go:20:38: strings.TrimSpace("   ") escapes to heap
./lib_strings_trim.go:21:12: ... argument does not escape
./lib_strings_trim.go:21:38: strings.TrimSpace("") escapes to heap
./lib_strings_trim.go:22:12: ... argument does not escape
./lib_strings_trim.go:22:38: strings.TrimSpace("\xff ") escapes to heap
./lib_strings_trim.go:23:12: ... argument does not escape
./lib_strings_trim.go:23:39: strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, ") escapes to heap
./lib_strings_trim.go:24:12: ... argument does not escape
./lib_strings_trim.go:24:39: strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Howdy, ") escapes to heap
./lib_strings_trim.go:25:12: ... argument does not escape
./lib_strings_trim.go:25:39: strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Gophers!!!") escapes to heap
./lib_strings_trim.go:26:12: ... argument does not escape
./lib_strings_trim.go:26:39: strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Marmots!!!") escapes to heap
./lib_strings_trim.go:27:12: ... argument does not escape
./lib_strings_trim.go:27:39: strings.TrimSuffix("abc", "") escapes to heap
