./goto_scopes.go:8:15: xs does not escape
./goto_scopes.go:16:14: ... argument does not escape
./goto_scopes.go:16:14: x escapes to heap
./goto_scopes.go:16:18: "negative" escapes to heap
./goto_scopes.go:20:14: ... argument does not escape
./goto_scopes.go:20:15: "zero ends it" escapes to heap
./goto_scopes.go:23:13: ... argument does not escape
./goto_scopes.go:23:16: xs[i] escapes to heap
./goto_scopes.go:23:21: "positive" escapes to heap
./goto_scopes.go:27:13: ... argument does not escape
./goto_scopes.go:27:14: "stopped at" escapes to heap
./goto_scopes.go:27:14: i escapes to heap
./goto_scopes.go:35:2: moved to heap: s
./goto_scopes.go:31:16: []int{...} does not escape
./goto_scopes.go:35:17: ... argument does not escape
./goto_scopes.go:35:18: "pass " escapes to heap
./goto_scopes.go:35:18: n escapes to heap
./goto_scopes.go:41:14: ... argument does not escape
./goto_scopes.go:41:15: *p escapes to heap
./goto_scopes.go:48:14: ... argument does not escape
./goto_scopes.go:48:15: "unreached" escapes to heap
./goto_scopes.go:48:15: j escapes to heap
./goto_scopes.go:51:13: ... argument does not escape
./goto_scopes.go:51:14: "out" escapes to heap
