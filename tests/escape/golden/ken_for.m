./ken_for.go:18:25: t escapes to heap
