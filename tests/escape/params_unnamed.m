./params_unnamed.go:7:8: p does not escape
