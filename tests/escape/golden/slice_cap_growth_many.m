./slice_cap_growth_many.go:8:11: leaking param: label
./slice_cap_growth_many.go:8:25: s does not escape
./slice_cap_growth_many.go:9:13: ... argument does not escape
./slice_cap_growth_many.go:9:13: label escapes to heap
./slice_cap_growth_many.go:9:24: len(s) escapes to heap
./slice_cap_growth_many.go:9:32: cap(s) escapes to heap
./slice_cap_growth_many.go:15:44: make([]int, 7) does not escape
./slice_cap_growth_many.go:16:44: make([]int, 9) does not escape
./slice_cap_growth_many.go:17:45: make([]int, 13) does not escape
./slice_cap_growth_many.go:18:46: make([]int, 100) does not escape
./slice_cap_growth_many.go:19:47: make([]int, 1000) does not escape
./slice_cap_growth_many.go:21:11: make([]int, 4) does not escape
./slice_cap_growth_many.go:24:40: make([]int, 9) does not escape
./slice_cap_growth_many.go:26:11: make([]int, 300) does not escape
./slice_cap_growth_many.go:28:37: make([]int, 400) does not escape
./slice_cap_growth_many.go:29:37: make([]int, 100) does not escape
./slice_cap_growth_many.go:32:13: ... argument does not escape
./slice_cap_growth_many.go:32:14: "bytes" escapes to heap
./slice_cap_growth_many.go:32:26: len(bs) escapes to heap
./slice_cap_growth_many.go:32:35: cap(bs) escapes to heap
./slice_cap_growth_many.go:33:20: ([]byte)("abc") does not escape
./slice_cap_growth_many.go:34:13: ... argument does not escape
./slice_cap_growth_many.go:34:14: "bytes" escapes to heap
./slice_cap_growth_many.go:34:26: len(bs) escapes to heap
./slice_cap_growth_many.go:34:35: cap(bs) escapes to heap
./slice_cap_growth_many.go:37:13: ... argument does not escape
./slice_cap_growth_many.go:37:14: "strings" escapes to heap
./slice_cap_growth_many.go:37:28: len(ss) escapes to heap
./slice_cap_growth_many.go:37:37: cap(ss) escapes to heap
