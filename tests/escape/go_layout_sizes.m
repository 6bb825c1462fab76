./go_layout_sizes.go:29:6: moved to heap: once
./go_layout_sizes.go:30:6: moved to heap: mu
./go_layout_sizes.go:25:10: func literal does not escape
./go_layout_sizes.go:28:10: func literal does not escape
./go_layout_sizes.go:32:9: func literal does not escape
./go_layout_sizes.go:33:11: func literal does not escape
./go_layout_sizes.go:40:13: ... argument does not escape
./go_layout_sizes.go:40:18: read() escapes to heap
./go_layout_sizes.go:40:26: peek() escapes to heap
./go_layout_sizes.go:40:26: count escapes to heap
