./strings_compare.go:7:10: leaking param: a
./strings_compare.go:7:13: leaking param: b
./strings_compare.go:8:12: ... argument does not escape
./strings_compare.go:8:13: a escapes to heap
./strings_compare.go:8:13: b escapes to heap
./strings_compare.go:9:11: a == b escapes to heap
./strings_compare.go:9:19: a != b escapes to heap
./strings_compare.go:9:27: a < b escapes to heap
./strings_compare.go:9:34: a <= b escapes to heap
./strings_compare.go:9:42: a > b escapes to heap
./strings_compare.go:9:49: a >= b escapes to heap
./strings_compare.go:28:13: ... argument does not escape
./strings_compare.go:28:16: x == y escapes to heap
./strings_compare.go:28:28: (x + "!") == (y + "!") escapes to heap
./strings_compare.go:28:23: x + "!" does not escape
./strings_compare.go:28:32: y + "!" does not escape
./strings_compare.go:28:43: x[0] == y[0] escapes to heap
./strings_compare.go:41:13: ... argument does not escape
./strings_compare.go:41:13: a escapes to heap
./strings_compare.go:41:13: b escapes to heap
./strings_compare.go:41:13: c escapes to heap
./strings_compare.go:46:14: ... argument does not escape
./strings_compare.go:46:15: "before a" escapes to heap
./strings_compare.go:48:14: ... argument does not escape
./strings_compare.go:48:15: "before n" escapes to heap
./strings_compare.go:50:14: ... argument does not escape
./strings_compare.go:50:15: "after" escapes to heap
