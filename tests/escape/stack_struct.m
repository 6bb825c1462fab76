./stack_struct.go:7:12: v does not escape
