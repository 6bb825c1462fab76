./panic_stringer_value.go:8:9: S{...} escapes to heap
