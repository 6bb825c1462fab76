./panic_values.go:7:8: v escapes to heap
