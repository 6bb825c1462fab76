./func_field.go:12:20: func literal does not escape
