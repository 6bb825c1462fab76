./string_opassign.go:3:11: leaking param: parts to result ~r0 level=1
./string_opassign.go:11:12: parts does not escape
./string_opassign.go:14:9: s + p escapes to heap
./string_opassign.go:19:12: leaking param: parts to result ~r0 level=1
./string_opassign.go:25:10: leaking param: a to result ~r0 level=0
./string_opassign.go:25:13: leaking param: b to result ~r0 level=0
