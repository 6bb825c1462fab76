./syntax_shadowing.go:11:12: leaking param: s
./syntax_shadowing.go:16:26: "bad " + s escapes to heap
./syntax_shadowing.go:52:14: s does not escape
./syntax_shadowing.go:21:13: ... argument does not escape
./syntax_shadowing.go:21:13: x escapes to heap
./syntax_shadowing.go:25:14: ... argument does not escape
./syntax_shadowing.go:25:14: x escapes to heap
./syntax_shadowing.go:28:14: ... argument does not escape
./syntax_shadowing.go:28:15: "if" escapes to heap
./syntax_shadowing.go:28:15: x escapes to heap
./syntax_shadowing.go:30:14: ... argument does not escape
./syntax_shadowing.go:30:15: "else" escapes to heap
./syntax_shadowing.go:30:15: y escapes to heap
./syntax_shadowing.go:34:10: x + "!" escapes to heap
./syntax_shadowing.go:35:14: ... argument does not escape
./syntax_shadowing.go:35:14: x escapes to heap
./syntax_shadowing.go:39:14: ... argument does not escape
./syntax_shadowing.go:39:15: "for" escapes to heap
./syntax_shadowing.go:39:15: x escapes to heap
./syntax_shadowing.go:41:13: ... argument does not escape
./syntax_shadowing.go:41:13: x escapes to heap
./syntax_shadowing.go:44:13: ... argument does not escape
./syntax_shadowing.go:44:13: a escapes to heap
./syntax_shadowing.go:44:13: b escapes to heap
./syntax_shadowing.go:44:13: c escapes to heap
./syntax_shadowing.go:45:13: ... argument does not escape
./syntax_shadowing.go:45:13: .autotmp_11 escapes to heap
./syntax_shadowing.go:46:13: ... argument does not escape
./syntax_shadowing.go:46:13: .autotmp_13 escapes to heap
./syntax_shadowing.go:49:14: ... argument does not escape
./syntax_shadowing.go:49:15: "inner err:" escapes to heap
./syntax_shadowing.go:51:13: ... argument does not escape
./syntax_shadowing.go:51:14: "outer err:" escapes to heap
./syntax_shadowing.go:52:9: func literal does not escape
./syntax_shadowing.go:53:13: ... argument does not escape
./syntax_shadowing.go:53:17: len("abc") escapes to heap
./syntax_shadowing.go:55:13: ... argument does not escape
./syntax_shadowing.go:55:13: true escapes to heap
