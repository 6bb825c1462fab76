./syntax_initorder_funcs.go:27:13: ... argument does not escape
./syntax_initorder_funcs.go:27:13: a escapes to heap
./syntax_initorder_funcs.go:27:13: b escapes to heap
./syntax_initorder_funcs.go:27:13: c escapes to heap
./syntax_initorder_funcs.go:27:13: d escapes to heap
./syntax_initorder_funcs.go:27:13: e escapes to heap
./syntax_initorder_funcs.go:27:13: g escapes to heap
./syntax_initorder_funcs.go:27:13: h escapes to heap
./syntax_initorder_funcs.go:27:13: i escapes to heap
./syntax_initorder_funcs.go:13:6: func literal does not escape
