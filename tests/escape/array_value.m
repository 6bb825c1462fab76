./array_value.go:14:6: moved to heap: a
