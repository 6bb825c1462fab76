./go_defer_slice_literal_args.go:12:10: xs does not escape
./go_defer_slice_literal_args.go:12:20: leaking param: wg
./go_defer_slice_literal_args.go:12:40: out does not escape
./go_defer_slice_literal_args.go:21:11: leaking param: tag
./go_defer_slice_literal_args.go:21:23: leaking param content: xs
./go_defer_slice_literal_args.go:22:13: ... argument does not escape
./go_defer_slice_literal_args.go:22:13: tag escapes to heap
./go_defer_slice_literal_args.go:22:22: len(xs) escapes to heap
./go_defer_slice_literal_args.go:22:30: xs[0] escapes to heap
./go_defer_slice_literal_args.go:22:37: xs[len(xs) - 1] escapes to heap
./go_defer_slice_literal_args.go:25:12: leaking param: label
./go_defer_slice_literal_args.go:25:26: xs does not escape
./go_defer_slice_literal_args.go:30:13: ... argument does not escape
./go_defer_slice_literal_args.go:30:13: label escapes to heap
./go_defer_slice_literal_args.go:30:13: t escapes to heap
./go_defer_slice_literal_args.go:44:6: moved to heap: wg
./go_defer_slice_literal_args.go:48:15: []int{...} does not escape
./go_defer_slice_literal_args.go:50:13: ... argument does not escape
./go_defer_slice_literal_args.go:50:14: "deep" escapes to heap
./go_defer_slice_literal_args.go:50:26: deep(300) escapes to heap
./go_defer_slice_literal_args.go:57:13: ... argument does not escape
./go_defer_slice_literal_args.go:57:14: "sum of sums" escapes to heap
./go_defer_slice_literal_args.go:57:14: all escapes to heap
./go_defer_slice_literal_args.go:58:2: func literal does not escape
./go_defer_slice_literal_args.go:60:25: ... argument does not escape
./go_defer_slice_literal_args.go:60:26: "defer" escapes to heap
./go_defer_slice_literal_args.go:60:26: i escapes to heap
./go_defer_slice_literal_args.go:60:58: ... argument does not escape
./go_defer_slice_literal_args.go:60:58: i escapes to heap
./go_defer_slice_literal_args.go:60:80: ... argument does not escape
./go_defer_slice_literal_args.go:60:83: i * i escapes to heap
./go_defer_slice_literal_args.go:60:47: []string{...} does not escape
./go_defer_slice_literal_args.go:61:15: ... argument does not escape
./go_defer_slice_literal_args.go:63:29: []string{...} does not escape
./go_defer_slice_literal_args.go:64:14: ... argument does not escape
./go_defer_slice_literal_args.go:64:15: "deep" escapes to heap
./go_defer_slice_literal_args.go:64:27: deep(200) escapes to heap
