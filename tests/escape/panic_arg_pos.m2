./panic_arg_pos.go:12:13: 2 * x escapes to heap:
./panic_arg_pos.go:12:13:   flow: {heap} = &{storage for 2 * x}:
./panic_arg_pos.go:12:13:     from 2 * x (spill) at ./panic_arg_pos.go:12:13
./panic_arg_pos.go:12:13:     from panic(2 * x) (call parameter) at ./panic_arg_pos.go:12:8
./panic_arg_pos.go:14:13: x + y escapes to heap:
./panic_arg_pos.go:14:13:   flow: {heap} = &{storage for x + y}:
./panic_arg_pos.go:14:13:     from x + y (spill) at ./panic_arg_pos.go:14:13
./panic_arg_pos.go:14:13:     from panic(x + y) (call parameter) at ./panic_arg_pos.go:14:8
./panic_arg_pos.go:16:10: g() + 1 escapes to heap:
./panic_arg_pos.go:16:10:   flow: {heap} = &{storage for g() + 1}:
./panic_arg_pos.go:16:10:     from g() + 1 (spill) at ./panic_arg_pos.go:16:10
./panic_arg_pos.go:16:10:     from panic(g() + 1) (call parameter) at ./panic_arg_pos.go:16:8
./panic_arg_pos.go:18:11: a[n] + 1 escapes to heap:
./panic_arg_pos.go:18:11:   flow: {heap} = &{storage for a[n] + 1}:
./panic_arg_pos.go:18:11:     from a[n] + 1 (spill) at ./panic_arg_pos.go:18:11
./panic_arg_pos.go:18:11:     from panic(a[n] + 1) (call parameter) at ./panic_arg_pos.go:18:8
./panic_arg_pos.go:20:9: p.f * 2 escapes to heap:
./panic_arg_pos.go:20:9:   flow: {heap} = &{storage for p.f * 2}:
./panic_arg_pos.go:20:9:     from p.f * 2 (spill) at ./panic_arg_pos.go:20:9
./panic_arg_pos.go:20:9:     from panic(p.f * 2) (call parameter) at ./panic_arg_pos.go:20:8
./panic_arg_pos.go:22:9: x escapes to heap:
./panic_arg_pos.go:22:9:   flow: {heap} = &{storage for x}:
./panic_arg_pos.go:22:9:     from x (spill) at ./panic_arg_pos.go:22:9
./panic_arg_pos.go:22:9:     from panic(x) (call parameter) at ./panic_arg_pos.go:22:8
./panic_arg_pos.go:24:15: -(x + y) escapes to heap:
./panic_arg_pos.go:24:15:   flow: {heap} = &{storage for -(x + y)}:
./panic_arg_pos.go:24:15:     from -(x + y) (spill) at ./panic_arg_pos.go:24:15
./panic_arg_pos.go:24:15:     from panic(-(x + y)) (call parameter) at ./panic_arg_pos.go:24:8
./panic_arg_pos.go:26:15: 1 + 2 * x escapes to heap:
./panic_arg_pos.go:26:15:   flow: {heap} = &{storage for 1 + 2 * x}:
./panic_arg_pos.go:26:15:     from 1 + 2 * x (spill) at ./panic_arg_pos.go:26:15
./panic_arg_pos.go:26:15:     from panic(1 + 2 * x) (call parameter) at ./panic_arg_pos.go:26:8
./panic_arg_pos.go:28:9: a[0] escapes to heap:
./panic_arg_pos.go:28:9:   flow: {heap} = &{storage for a[0]}:
./panic_arg_pos.go:28:9:     from a[0] (spill) at ./panic_arg_pos.go:28:9
./panic_arg_pos.go:28:9:     from panic(a[0]) (call parameter) at ./panic_arg_pos.go:28:8
./panic_arg_pos.go:30:9: s + "b" escapes to heap:
./panic_arg_pos.go:30:9:   flow: {heap} = &{storage for s + "b"}:
./panic_arg_pos.go:30:9:     from s + "b" (spill) at ./panic_arg_pos.go:30:9
./panic_arg_pos.go:30:9:     from panic(s + "b") (call parameter) at ./panic_arg_pos.go:30:8
./panic_arg_pos.go:30:11: s + "b" escapes to heap:
./panic_arg_pos.go:30:11:   flow: {storage for s + "b"} = &{storage for s + "b"}:
./panic_arg_pos.go:30:11:     from s + "b" (spill) at ./panic_arg_pos.go:30:11
./panic_arg_pos.go:30:11:     from s + "b" (interface-converted) at ./panic_arg_pos.go:30:9
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
