./method_promoted.go:8:7: l does not escape
./method_promoted.go:8:22: s does not escape
./method_promoted.go:9:7: l does not escape
./method_promoted.go:18:7: i does not escape
./method_promoted.go:23:8: &Logger{...} does not escape
./method_promoted.go:26:10: a.Logger.Log does not escape
./method_promoted.go:30:11: o.Inner.Bump does not escape
