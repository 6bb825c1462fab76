./select_stmt.go:6:2: moved to heap: x
