./string_concat.go:5:10: a does not escape
./string_concat.go:5:13: b does not escape
./string_concat.go:5:41: a + b escapes to heap
./string_concat.go:7:12: a does not escape
./string_concat.go:8:9: a + "!" does not escape
./string_concat.go:12:11: a does not escape
./string_concat.go:13:8: a + "?" escapes to heap
