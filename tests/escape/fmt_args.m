./fmt_args.go:6:2: moved to heap: x
./fmt_args.go:8:13: ... argument does not escape
./fmt_args.go:8:13: x escapes to heap
./fmt_args.go:9:13: ... argument does not escape
./fmt_args.go:9:13: x escapes to heap
./fmt_args.go:9:13: s escapes to heap
./fmt_args.go:10:13: ... argument does not escape
./fmt_args.go:10:14: "a" escapes to heap
./fmt_args.go:10:14: x escapes to heap
./fmt_args.go:11:12: ... argument does not escape
./fmt_args.go:11:13: x escapes to heap
./fmt_args.go:11:13: s escapes to heap
./fmt_args.go:12:12: ... argument does not escape
./fmt_args.go:12:22: x + 1 escapes to heap
./fmt_args.go:13:11: ... argument does not escape
./fmt_args.go:13:11: s escapes to heap
./fmt_args.go:13:11: x escapes to heap
./fmt_args.go:13:18: "k" escapes to heap
./fmt_args.go:14:17: ... argument does not escape
./fmt_args.go:14:17: x escapes to heap
./fmt_args.go:15:13: ... argument does not escape
./fmt_args.go:15:13: v escapes to heap
./fmt_args.go:16:13: ... argument does not escape
./fmt_args.go:16:14: 1 escapes to heap
./fmt_args.go:16:17: true escapes to heap
./fmt_args.go:16:23: 2.5 escapes to heap
./fmt_args.go:17:13: ... argument does not escape
