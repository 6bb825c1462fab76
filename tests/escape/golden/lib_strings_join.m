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
