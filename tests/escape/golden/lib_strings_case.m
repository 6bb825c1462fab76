./lib_strings_case.go:9:28: []string{...} does not escape
./lib_strings_case.go:10:13: ... argument does not escape
./lib_strings_case.go:10:46: strings.ToUpper(s) escapes to heap
./lib_strings_case.go:10:66: strings.ToLower(s) escapes to heap
./lib_strings_case.go:10:86: strings.ToTitle(s) escapes to heap
./lib_strings_case.go:10:104: strings.Title(s) escapes to heap
./lib_strings_case.go:12:13: ... argument does not escape
./lib_strings_case.go:12:27: strings.Title("her royal highness") escapes to heap
./lib_strings_case.go:12:64: strings.Title("loud_noises and-such") escapes to heap
./lib_strings_case.go:12:103: strings.Title("ünicode éléphant") escapes to heap
./lib_strings_case.go:13:13: ... argument does not escape
./lib_strings_case.go:13:27: strings.Title("x.y,z;a b\tc\nd") escapes to heap
./lib_strings_case.go:13:61: strings.Title("3rd place") escapes to heap
