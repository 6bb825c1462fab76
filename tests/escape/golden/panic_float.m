./panic_float.go:6:8: x * 2 escapes to heap
