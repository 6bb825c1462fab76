./global_init.go:7:11: p does not escape
