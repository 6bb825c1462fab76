./strings_escapes.go:22:40: "plain" escapes to heap:
./strings_escapes.go:22:40:   flow: {storage for ... argument} = &{storage for "plain"}:
./strings_escapes.go:22:40:     from "plain" (spill) at ./strings_escapes.go:22:40
./strings_escapes.go:22:40:     from ... argument (slice-literal-element) at ./strings_escapes.go:22:12
./strings_escapes.go:22:40:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:22:40:     from ... argument (spill) at ./strings_escapes.go:22:12
./strings_escapes.go:22:40:     from fmt.Printf("%#q %#q\n", ... argument...) (call parameter) at ./strings_escapes.go:22:12
./strings_escapes.go:22:26: "back`quote" escapes to heap:
./strings_escapes.go:22:26:   flow: {storage for ... argument} = &{storage for "back`quote"}:
./strings_escapes.go:22:26:     from "back`quote" (spill) at ./strings_escapes.go:22:26
./strings_escapes.go:22:26:     from ... argument (slice-literal-element) at ./strings_escapes.go:22:12
./strings_escapes.go:22:26:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:22:26:     from ... argument (spill) at ./strings_escapes.go:22:12
./strings_escapes.go:22:26:     from fmt.Printf("%#q %#q\n", ... argument...) (call parameter) at ./strings_escapes.go:22:12
./strings_escapes.go:21:22: "日本\t語" escapes to heap:
./strings_escapes.go:21:22:   flow: {storage for ... argument} = &{storage for "日本\t語"}:
./strings_escapes.go:21:22:     from "日本\t語" (spill) at ./strings_escapes.go:21:22
./strings_escapes.go:21:22:     from ... argument (slice-literal-element) at ./strings_escapes.go:21:12
./strings_escapes.go:21:22:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:21:22:     from ... argument (spill) at ./strings_escapes.go:21:12
./strings_escapes.go:21:22:     from fmt.Printf("%+q\n", ... argument...) (call parameter) at ./strings_escapes.go:21:12
./strings_escapes.go:20:21: "\a\b\f\n\r\t\v\\\"'\x00\x7f\u00a0\u2028\ufeff\U0001F600\xff" escapes to heap:
./strings_escapes.go:20:21:   flow: {storage for ... argument} = &{storage for "\a\b\f\n\r\t\v\\\"'\x00\x7f\u00a0\u2028\ufeff\U0001F600\xff"}:
./strings_escapes.go:20:21:     from "\a\b\f\n\r\t\v\\\"'\x00\x7f\u00a0\u2028\ufeff\U0001F600\xff" (spill) at ./strings_escapes.go:20:21
./strings_escapes.go:20:21:     from ... argument (slice-literal-element) at ./strings_escapes.go:20:12
./strings_escapes.go:20:21:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:20:21:     from ... argument (spill) at ./strings_escapes.go:20:12
./strings_escapes.go:20:21:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./strings_escapes.go:20:12
./strings_escapes.go:19:77: '世' escapes to heap:
./strings_escapes.go:19:77:   flow: {storage for ... argument} = &{storage for '世'}:
./strings_escapes.go:19:77:     from '世' (spill) at ./strings_escapes.go:19:77
./strings_escapes.go:19:77:     from ... argument (slice-literal-element) at ./strings_escapes.go:19:13
./strings_escapes.go:19:77:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:19:77:     from ... argument (spill) at ./strings_escapes.go:19:13
./strings_escapes.go:19:77:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:19:13
./strings_escapes.go:19:63: '\U0001F600' escapes to heap:
./strings_escapes.go:19:63:   flow: {storage for ... argument} = &{storage for '\U0001F600'}:
./strings_escapes.go:19:63:     from '\U0001F600' (spill) at ./strings_escapes.go:19:63
./strings_escapes.go:19:63:     from ... argument (slice-literal-element) at ./strings_escapes.go:19:13
./strings_escapes.go:19:63:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:19:63:     from ... argument (spill) at ./strings_escapes.go:19:13
./strings_escapes.go:19:63:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:19:13
./strings_escapes.go:19:53: '\u00e9' escapes to heap:
./strings_escapes.go:19:53:   flow: {storage for ... argument} = &{storage for '\u00e9'}:
./strings_escapes.go:19:53:     from '\u00e9' (spill) at ./strings_escapes.go:19:53
./strings_escapes.go:19:53:     from ... argument (slice-literal-element) at ./strings_escapes.go:19:13
./strings_escapes.go:19:53:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:19:53:     from ... argument (spill) at ./strings_escapes.go:19:13
./strings_escapes.go:19:53:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:19:13
./strings_escapes.go:19:45: '\177' escapes to heap:
./strings_escapes.go:19:45:   flow: {storage for ... argument} = &{storage for '\177'}:
./strings_escapes.go:19:45:     from '\177' (spill) at ./strings_escapes.go:19:45
./strings_escapes.go:19:45:     from ... argument (slice-literal-element) at ./strings_escapes.go:19:13
./strings_escapes.go:19:45:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:19:45:     from ... argument (spill) at ./strings_escapes.go:19:13
./strings_escapes.go:19:45:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:19:13
./strings_escapes.go:19:37: '\x7f' escapes to heap:
./strings_escapes.go:19:37:   flow: {storage for ... argument} = &{storage for '\x7f'}:
./strings_escapes.go:19:37:     from '\x7f' (spill) at ./strings_escapes.go:19:37
./strings_escapes.go:19:37:     from ... argument (slice-literal-element) at ./strings_escapes.go:19:13
./strings_escapes.go:19:37:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:19:37:     from ... argument (spill) at ./strings_escapes.go:19:13
./strings_escapes.go:19:37:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:19:13
./strings_escapes.go:19:31: '\\' escapes to heap:
./strings_escapes.go:19:31:   flow: {storage for ... argument} = &{storage for '\\'}:
./strings_escapes.go:19:31:     from '\\' (spill) at ./strings_escapes.go:19:31
./strings_escapes.go:19:31:     from ... argument (slice-literal-element) at ./strings_escapes.go:19:13
./strings_escapes.go:19:31:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:19:31:     from ... argument (spill) at ./strings_escapes.go:19:13
./strings_escapes.go:19:31:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:19:13
./strings_escapes.go:19:25: '\'' escapes to heap:
./strings_escapes.go:19:25:   flow: {storage for ... argument} = &{storage for '\''}:
./strings_escapes.go:19:25:     from '\'' (spill) at ./strings_escapes.go:19:25
./strings_escapes.go:19:25:     from ... argument (slice-literal-element) at ./strings_escapes.go:19:13
./strings_escapes.go:19:25:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:19:25:     from ... argument (spill) at ./strings_escapes.go:19:13
./strings_escapes.go:19:25:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:19:13
./strings_escapes.go:19:19: '\n' escapes to heap:
./strings_escapes.go:19:19:   flow: {storage for ... argument} = &{storage for '\n'}:
./strings_escapes.go:19:19:     from '\n' (spill) at ./strings_escapes.go:19:19
./strings_escapes.go:19:19:     from ... argument (slice-literal-element) at ./strings_escapes.go:19:13
./strings_escapes.go:19:19:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:19:19:     from ... argument (spill) at ./strings_escapes.go:19:13
./strings_escapes.go:19:19:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:19:13
./strings_escapes.go:19:14: 'a' escapes to heap:
./strings_escapes.go:19:14:   flow: {storage for ... argument} = &{storage for 'a'}:
./strings_escapes.go:19:14:     from 'a' (spill) at ./strings_escapes.go:19:14
./strings_escapes.go:19:14:     from ... argument (slice-literal-element) at ./strings_escapes.go:19:13
./strings_escapes.go:19:14:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:19:14:     from ... argument (spill) at ./strings_escapes.go:19:13
./strings_escapes.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:19:13
./strings_escapes.go:17:14: `multi
line` escapes to heap:
./strings_escapes.go:17:14:   flow: {storage for ... argument} = &{storage for `multi
line`}:
./strings_escapes.go:17:14:     from `multi
line` (spill) at ./strings_escapes.go:17:14
./strings_escapes.go:17:14:     from ... argument (slice-literal-element) at ./strings_escapes.go:17:13
./strings_escapes.go:17:14:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:17:14:     from ... argument (spill) at ./strings_escapes.go:17:13
./strings_escapes.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:17:13
./strings_escapes.go:16:35: len(`\n`) escapes to heap:
./strings_escapes.go:16:35:   flow: {storage for ... argument} = &{storage for len(`\n`)}:
./strings_escapes.go:16:35:     from len(`\n`) (spill) at ./strings_escapes.go:16:35
./strings_escapes.go:16:35:     from ... argument (slice-literal-element) at ./strings_escapes.go:16:13
./strings_escapes.go:16:35:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:16:35:     from ... argument (spill) at ./strings_escapes.go:16:13
./strings_escapes.go:16:35:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:16:13
./strings_escapes.go:16:14: `raw \n \t \x41` escapes to heap:
./strings_escapes.go:16:14:   flow: {storage for ... argument} = &{storage for `raw \n \t \x41`}:
./strings_escapes.go:16:14:     from `raw \n \t \x41` (spill) at ./strings_escapes.go:16:14
./strings_escapes.go:16:14:     from ... argument (slice-literal-element) at ./strings_escapes.go:16:13
./strings_escapes.go:16:14:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:16:14:     from ... argument (spill) at ./strings_escapes.go:16:13
./strings_escapes.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:16:13
./strings_escapes.go:15:41: len("\u00ff") escapes to heap:
./strings_escapes.go:15:41:   flow: {storage for ... argument} = &{storage for len("\u00ff")}:
./strings_escapes.go:15:41:     from len("\u00ff") (spill) at ./strings_escapes.go:15:41
./strings_escapes.go:15:41:     from ... argument (slice-literal-element) at ./strings_escapes.go:15:13
./strings_escapes.go:15:41:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:15:41:     from ... argument (spill) at ./strings_escapes.go:15:13
./strings_escapes.go:15:41:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:15:13
./strings_escapes.go:15:33: "\377"[0] escapes to heap:
./strings_escapes.go:15:33:   flow: {storage for ... argument} = &{storage for "\377"[0]}:
./strings_escapes.go:15:33:     from "\377"[0] (spill) at ./strings_escapes.go:15:33
./strings_escapes.go:15:33:     from ... argument (slice-literal-element) at ./strings_escapes.go:15:13
./strings_escapes.go:15:33:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:15:33:     from ... argument (spill) at ./strings_escapes.go:15:13
./strings_escapes.go:15:33:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:15:13
./strings_escapes.go:15:17: len("\377") escapes to heap:
./strings_escapes.go:15:17:   flow: {storage for ... argument} = &{storage for len("\377")}:
./strings_escapes.go:15:17:     from len("\377") (spill) at ./strings_escapes.go:15:17
./strings_escapes.go:15:17:     from ... argument (slice-literal-element) at ./strings_escapes.go:15:13
./strings_escapes.go:15:17:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:15:17:     from ... argument (spill) at ./strings_escapes.go:15:13
./strings_escapes.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:15:13
./strings_escapes.go:14:71: "\U0001F600" == "😀" escapes to heap:
./strings_escapes.go:14:71:   flow: {storage for ... argument} = &{storage for "\U0001F600" == "😀"}:
./strings_escapes.go:14:71:     from "\U0001F600" == "😀" (spill) at ./strings_escapes.go:14:71
./strings_escapes.go:14:71:     from ... argument (slice-literal-element) at ./strings_escapes.go:14:13
./strings_escapes.go:14:71:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:14:71:     from ... argument (spill) at ./strings_escapes.go:14:13
./strings_escapes.go:14:71:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:14:13
./strings_escapes.go:14:48: "\u4e16" == "世" escapes to heap:
./strings_escapes.go:14:48:   flow: {storage for ... argument} = &{storage for "\u4e16" == "世"}:
./strings_escapes.go:14:48:     from "\u4e16" == "世" (spill) at ./strings_escapes.go:14:48
./strings_escapes.go:14:48:     from ... argument (slice-literal-element) at ./strings_escapes.go:14:13
./strings_escapes.go:14:48:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:14:48:     from ... argument (spill) at ./strings_escapes.go:14:13
./strings_escapes.go:14:48:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:14:13
./strings_escapes.go:14:29: "\xe4\xb8\x96" == "世" escapes to heap:
./strings_escapes.go:14:29:   flow: {storage for ... argument} = &{storage for "\xe4\xb8\x96" == "世"}:
./strings_escapes.go:14:29:     from "\xe4\xb8\x96" == "世" (spill) at ./strings_escapes.go:14:29
./strings_escapes.go:14:29:     from ... argument (slice-literal-element) at ./strings_escapes.go:14:13
./strings_escapes.go:14:29:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:14:29:     from ... argument (spill) at ./strings_escapes.go:14:13
./strings_escapes.go:14:29:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:14:13
./strings_escapes.go:13:47: "\x41\101\u0041\U00000041" escapes to heap:
./strings_escapes.go:13:47:   flow: {storage for ... argument} = &{storage for "\x41\101\u0041\U00000041"}:
./strings_escapes.go:13:47:     from "\x41\101\u0041\U00000041" (spill) at ./strings_escapes.go:13:47
./strings_escapes.go:13:47:     from ... argument (slice-literal-element) at ./strings_escapes.go:13:13
./strings_escapes.go:13:47:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:13:47:     from ... argument (spill) at ./strings_escapes.go:13:13
./strings_escapes.go:13:47:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:13:13
./strings_escapes.go:13:17: len("\x41\101\u0041\U00000041") escapes to heap:
./strings_escapes.go:13:17:   flow: {storage for ... argument} = &{storage for len("\x41\101\u0041\U00000041")}:
./strings_escapes.go:13:17:     from len("\x41\101\u0041\U00000041") (spill) at ./strings_escapes.go:13:17
./strings_escapes.go:13:17:     from ... argument (slice-literal-element) at ./strings_escapes.go:13:13
./strings_escapes.go:13:17:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:13:17:     from ... argument (spill) at ./strings_escapes.go:13:13
./strings_escapes.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:13:13
./strings_escapes.go:12:17: len(s) escapes to heap:
./strings_escapes.go:12:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./strings_escapes.go:12:17:     from len(s) (spill) at ./strings_escapes.go:12:17
./strings_escapes.go:12:17:     from ... argument (slice-literal-element) at ./strings_escapes.go:12:13
./strings_escapes.go:12:17:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:12:17:     from ... argument (spill) at ./strings_escapes.go:12:13
./strings_escapes.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./strings_escapes.go:12:13
./strings_escapes.go:10:19: " " escapes to heap:
./strings_escapes.go:10:19:   flow: {storage for ... argument} = &{storage for " "}:
./strings_escapes.go:10:19:     from " " (spill) at ./strings_escapes.go:10:19
./strings_escapes.go:10:19:     from ... argument (slice-literal-element) at ./strings_escapes.go:10:12
./strings_escapes.go:10:19:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:10:19:     from ... argument (spill) at ./strings_escapes.go:10:12
./strings_escapes.go:10:19:     from fmt.Print(... argument...) (call parameter) at ./strings_escapes.go:10:12
./strings_escapes.go:10:14: s[i] escapes to heap:
./strings_escapes.go:10:14:   flow: {storage for ... argument} = &{storage for s[i]}:
./strings_escapes.go:10:14:     from s[i] (spill) at ./strings_escapes.go:10:14
./strings_escapes.go:10:14:     from ... argument (slice-literal-element) at ./strings_escapes.go:10:12
./strings_escapes.go:10:14:   flow: {heap} = {storage for ... argument}:
./strings_escapes.go:10:14:     from ... argument (spill) at ./strings_escapes.go:10:12
./strings_escapes.go:10:14:     from fmt.Print(... argument...) (call parameter) at ./strings_escapes.go:10:12
./strings_escapes.go:10:12: ... argument does not escape
./strings_escapes.go:10:14: s[i] escapes to heap
./strings_escapes.go:10:19: " " escapes to heap
./strings_escapes.go:12:13: ... argument does not escape
./strings_escapes.go:12:17: len(s) escapes to heap
./strings_escapes.go:13:13: ... argument does not escape
./strings_escapes.go:13:17: len("\x41\101\u0041\U00000041") escapes to heap
./strings_escapes.go:13:47: "\x41\101\u0041\U00000041" escapes to heap
./strings_escapes.go:14:13: ... argument does not escape
./strings_escapes.go:14:29: "\xe4\xb8\x96" == "世" escapes to heap
./strings_escapes.go:14:48: "\u4e16" == "世" escapes to heap
./strings_escapes.go:14:71: "\U0001F600" == "😀" escapes to heap
./strings_escapes.go:15:13: ... argument does not escape
./strings_escapes.go:15:17: len("\377") escapes to heap
./strings_escapes.go:15:33: "\377"[0] escapes to heap
./strings_escapes.go:15:41: len("\u00ff") escapes to heap
./strings_escapes.go:16:13: ... argument does not escape
./strings_escapes.go:16:14: `raw \n \t \x41` escapes to heap
./strings_escapes.go:16:35: len(`\n`) escapes to heap
./strings_escapes.go:17:13: ... argument does not escape
./strings_escapes.go:17:14: `multi
line` escapes to heap
./strings_escapes.go:19:13: ... argument does not escape
./strings_escapes.go:19:14: 'a' escapes to heap
./strings_escapes.go:19:19: '\n' escapes to heap
./strings_escapes.go:19:25: '\'' escapes to heap
./strings_escapes.go:19:31: '\\' escapes to heap
./strings_escapes.go:19:37: '\x7f' escapes to heap
./strings_escapes.go:19:45: '\177' escapes to heap
./strings_escapes.go:19:53: '\u00e9' escapes to heap
./strings_escapes.go:19:63: '\U0001F600' escapes to heap
./strings_escapes.go:19:77: '世' escapes to heap
./strings_escapes.go:20:12: ... argument does not escape
./strings_escapes.go:20:21: "\a\b\f\n\r\t\v\\\"'\x00\x7f\u00a0\u2028\ufeff\U0001F600\xff" escapes to heap
./strings_escapes.go:21:12: ... argument does not escape
./strings_escapes.go:21:22: "日本\t語" escapes to heap
./strings_escapes.go:22:12: ... argument does not escape
./strings_escapes.go:22:26: "back`quote" escapes to heap
./strings_escapes.go:22:40: "plain" escapes to heap
