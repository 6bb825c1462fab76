./method_promoted_embedded_ptr.go:12:7: leaking param content: l
./method_promoted_embedded_ptr.go:12:22: s does not escape
./method_promoted_embedded_ptr.go:12:68: l.prefix + s escapes to heap
./method_promoted_embedded_ptr.go:13:7: l does not escape
./method_promoted_embedded_ptr.go:21:8: &Logger{...} does not escape
./method_promoted_embedded_ptr.go:26:13: ... argument does not escape
./method_promoted_embedded_ptr.go:26:21: Logger.Count(a.Logger) escapes to heap
./method_promoted_embedded_ptr.go:26:32: Logger.Count(b.Logger) escapes to heap
./method_promoted_embedded_ptr.go:26:38: lg.lines escapes to heap
./method_promoted_embedded_ptr.go:29:10: b.Logger.Log does not escape
./method_promoted_embedded_ptr.go:31:13: ... argument does not escape
./method_promoted_embedded_ptr.go:31:22: Logger.Count(lg) escapes to heap
./method_promoted_embedded_ptr.go:31:34: lg.lines[3] escapes to heap
