./lib_strings_split.go:8:11: leaking param: s
./lib_strings_split.go:9:12: ... argument does not escape
./lib_strings_split.go:9:13: s escapes to heap
./lib_strings_split.go:9:48: len(s) escapes to heap
./lib_strings_split.go:9:56: cap(s) escapes to heap
./lib_strings_split.go:9:63: s == nil escapes to heap
