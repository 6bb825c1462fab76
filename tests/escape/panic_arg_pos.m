./panic_arg_pos.go:9:29: a does not escape
./panic_arg_pos.go:9:38: p does not escape
./panic_arg_pos.go:9:44: s does not escape
./panic_arg_pos.go:12:13: 2 * x escapes to heap
./panic_arg_pos.go:14:13: x + y escapes to heap
./panic_arg_pos.go:16:10: g() + 1 escapes to heap
./panic_arg_pos.go:18:11: a[n] + 1 escapes to heap
./panic_arg_pos.go:20:9: p.f * 2 escapes to heap
./panic_arg_pos.go:22:9: x escapes to heap
./panic_arg_pos.go:24:15: -(x + y) escapes to heap
./panic_arg_pos.go:26:15: 1 + 2 * x escapes to heap
./panic_arg_pos.go:28:9: a[0] escapes to heap
./panic_arg_pos.go:30:9: s + "b" escapes to heap
./panic_arg_pos.go:30:11: s + "b" escapes to heap
