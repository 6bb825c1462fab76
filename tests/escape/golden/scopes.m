./scopes.go:10:13: ... argument does not escape
./scopes.go:10:13: x escapes to heap
./scopes.go:12:13: ... argument does not escape
./scopes.go:12:13: x escapes to heap
./scopes.go:15:14: ... argument does not escape
./scopes.go:15:14: x escapes to heap
./scopes.go:19:15: ... argument does not escape
./scopes.go:19:15: y escapes to heap
./scopes.go:21:14: ... argument does not escape
./scopes.go:21:14: x escapes to heap
./scopes.go:23:13: ... argument does not escape
./scopes.go:23:13: x escapes to heap
./scopes.go:26:14: ... argument does not escape
./scopes.go:26:15: "if" escapes to heap
./scopes.go:26:15: x escapes to heap
./scopes.go:28:14: ... argument does not escape
./scopes.go:28:15: "else" escapes to heap
./scopes.go:28:15: x escapes to heap
./scopes.go:32:14: ... argument does not escape
./scopes.go:32:15: "for" escapes to heap
./scopes.go:32:15: x escapes to heap
./scopes.go:36:14: ... argument does not escape
./scopes.go:36:15: "switch" escapes to heap
./scopes.go:36:15: x escapes to heap
./scopes.go:38:13: ... argument does not escape
./scopes.go:38:13: x escapes to heap
./scopes.go:42:13: ... argument does not escape
./scopes.go:42:13: a escapes to heap
./scopes.go:42:13: b escapes to heap
./scopes.go:42:13: c escapes to heap
./scopes.go:45:13: ... argument does not escape
./scopes.go:45:13: len escapes to heap
./scopes.go:50:13: ... argument does not escape
./scopes.go:50:19: inner() escapes to heap
