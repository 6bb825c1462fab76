./panic_bool.go:5:7: 1 > 0 escapes to heap
