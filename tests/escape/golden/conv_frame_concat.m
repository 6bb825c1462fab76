./conv_frame_concat.go:10:9: b does not escape
./conv_frame_concat.go:11:17: string(b) + "" escapes to heap
./conv_frame_concat.go:11:13: string(b) does not escape
./conv_frame_concat.go:12:10: "" + string(b) escapes to heap
./conv_frame_concat.go:12:18: string(b) does not escape
./conv_frame_concat.go:26:12: ([]byte)(fmt.Sprint(... argument...)) does not escape
./conv_frame_concat.go:26:23: ... argument does not escape
./conv_frame_concat.go:26:24: "value-" escapes to heap
./conv_frame_concat.go:26:24: i escapes to heap
./conv_frame_concat.go:29:13: ... argument does not escape
./conv_frame_concat.go:29:13: keep escapes to heap
