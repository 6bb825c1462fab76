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
