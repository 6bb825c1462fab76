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
