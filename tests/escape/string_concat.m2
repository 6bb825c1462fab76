./string_concat.go:5:41: a + b escapes to heap:
./string_concat.go:5:41:   flow: ~r0 = &{storage for a + b}:
./string_concat.go:5:41:     from a + b (spill) at ./string_concat.go:5:41
./string_concat.go:5:41:     from return a + b (return) at ./string_concat.go:5:32
./string_concat.go:5:10: a does not escape
./string_concat.go:5:13: b does not escape
./string_concat.go:5:41: a + b escapes to heap
./string_concat.go:7:12: a does not escape
./string_concat.go:8:9: a + "!" does not escape
./string_concat.go:13:8: a + "?" escapes to heap:
./string_concat.go:13:8:   flow: {heap} = &{storage for a + "?"}:
./string_concat.go:13:8:     from a + "?" (spill) at ./string_concat.go:13:8
./string_concat.go:13:8:     from g = a + "?" (assign) at ./string_concat.go:13:4
./string_concat.go:12:11: a does not escape
./string_concat.go:13:8: a + "?" escapes to heap
