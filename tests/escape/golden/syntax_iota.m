./syntax_iota.go:50:13: ... argument does not escape
./syntax_iota.go:50:17: int(Sunday) escapes to heap
./syntax_iota.go:50:30: int(Monday) escapes to heap
./syntax_iota.go:50:43: int(Tuesday) escapes to heap
./syntax_iota.go:50:57: int(Thursday) escapes to heap
./syntax_iota.go:51:13: ... argument does not escape
./syntax_iota.go:51:14: KB escapes to heap
./syntax_iota.go:51:18: MB escapes to heap
./syntax_iota.go:51:22: GB escapes to heap
./syntax_iota.go:52:13: ... argument does not escape
./syntax_iota.go:52:14: a escapes to heap
./syntax_iota.go:52:17: b escapes to heap
./syntax_iota.go:52:20: c escapes to heap
./syntax_iota.go:52:23: d escapes to heap
./syntax_iota.go:52:26: e escapes to heap
./syntax_iota.go:52:29: f escapes to heap
./syntax_iota.go:52:32: g escapes to heap
./syntax_iota.go:52:35: h escapes to heap
./syntax_iota.go:53:13: ... argument does not escape
./syntax_iota.go:53:14: FlagA escapes to heap
./syntax_iota.go:53:21: FlagB escapes to heap
./syntax_iota.go:53:28: FlagC escapes to heap
./syntax_iota.go:53:35: mask escapes to heap
./syntax_iota.go:53:45: mask &^ FlagB escapes to heap
./syntax_iota.go:54:13: ... argument does not escape
./syntax_iota.go:54:14: x0 escapes to heap
./syntax_iota.go:54:18: x1 escapes to heap
./syntax_iota.go:54:22: x2 escapes to heap
./syntax_iota.go:54:26: x3 escapes to heap
./syntax_iota.go:54:30: single escapes to heap
./syntax_iota.go:60:13: ... argument does not escape
./syntax_iota.go:60:14: local escapes to heap
./syntax_iota.go:60:21: p escapes to heap
./syntax_iota.go:60:24: q escapes to heap
./syntax_iota.go:61:12: ... argument does not escape
./syntax_iota.go:61:27: Monday escapes to heap
./syntax_iota.go:61:35: KB escapes to heap
./syntax_iota.go:61:39: x3 escapes to heap
