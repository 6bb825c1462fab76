./untyped_defaults.go:15:12: ... argument does not escape
./untyped_defaults.go:15:13: i escapes to heap
./untyped_defaults.go:15:13: f escapes to heap
./untyped_defaults.go:15:13: r escapes to heap
./untyped_defaults.go:15:13: s escapes to heap
./untyped_defaults.go:15:13: b escapes to heap
./untyped_defaults.go:15:13: e escapes to heap
./untyped_defaults.go:24:12: ... argument does not escape
./untyped_defaults.go:24:13: x escapes to heap
./untyped_defaults.go:24:13: x escapes to heap
./untyped_defaults.go:24:13: y escapes to heap
./untyped_defaults.go:24:13: y escapes to heap
./untyped_defaults.go:24:13: z escapes to heap
./untyped_defaults.go:24:13: z escapes to heap
./untyped_defaults.go:24:13: w escapes to heap
./untyped_defaults.go:24:13: w escapes to heap
./untyped_defaults.go:24:13: v escapes to heap
./untyped_defaults.go:24:13: v escapes to heap
./untyped_defaults.go:27:12: ... argument does not escape
./untyped_defaults.go:27:24: big escapes to heap
./untyped_defaults.go:27:29: big escapes to heap
./untyped_defaults.go:29:12: ... argument does not escape
./untyped_defaults.go:29:13: h escapes to heap
./untyped_defaults.go:29:13: h escapes to heap
./untyped_defaults.go:32:12: ... argument does not escape
./untyped_defaults.go:32:13: n escapes to heap
./untyped_defaults.go:32:13: n escapes to heap
./untyped_defaults.go:34:13: ... argument does not escape
./untyped_defaults.go:34:22: "abcdef"[idx] escapes to heap
./untyped_defaults.go:34:30: 1 << idx escapes to heap
./untyped_defaults.go:34:40: 1.0 * 5 escapes to heap
./untyped_defaults.go:36:12: ... argument does not escape
./untyped_defaults.go:36:13: k escapes to heap
./untyped_defaults.go:36:13: k escapes to heap
