./loop_depth.go:6:3: moved to heap: x
