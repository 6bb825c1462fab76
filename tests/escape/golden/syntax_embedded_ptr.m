./syntax_embedded_ptr.go:7:7: b does not escape
./syntax_embedded_ptr.go:12:7: l does not escape
./syntax_embedded_ptr.go:12:22: s does not escape
./syntax_embedded_ptr.go:12:45: ... argument does not escape
./syntax_embedded_ptr.go:12:55: l.prefix + s escapes to heap
./syntax_embedded_ptr.go:12:55: l.prefix + s escapes to heap
./syntax_embedded_ptr.go:25:21: &Base{} does not escape
./syntax_embedded_ptr.go:25:38: &Logger{...} does not escape
./syntax_embedded_ptr.go:27:18: ... argument does not escape
./syntax_embedded_ptr.go:27:19: "id " escapes to heap
./syntax_embedded_ptr.go:27:30: Base.ID(s.Base) escapes to heap
./syntax_embedded_ptr.go:30:13: ... argument does not escape
./syntax_embedded_ptr.go:30:18: Base.ID(s.Base) escapes to heap
./syntax_embedded_ptr.go:30:26: Base.ID(w.Service.Base) escapes to heap
./syntax_embedded_ptr.go:30:37: w.Service.Base == s.Base escapes to heap
./syntax_embedded_ptr.go:31:8: w.Service.Logger.Log does not escape
./syntax_embedded_ptr.go:36:8: func literal does not escape
./syntax_embedded_ptr.go:36:28: ... argument does not escape
./syntax_embedded_ptr.go:36:29: "recovered:" escapes to heap
