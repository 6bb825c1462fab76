./conv_frame_concat.go:12:10: "" + string(b) escapes to heap:
./conv_frame_concat.go:12:10:   flow: t = &{storage for "" + string(b)}:
./conv_frame_concat.go:12:10:     from "" + string(b) (spill) at ./conv_frame_concat.go:12:10
./conv_frame_concat.go:12:10:     from t := "" + string(b) (assign) at ./conv_frame_concat.go:12:4
./conv_frame_concat.go:12:10:   flow: {heap} = t:
./conv_frame_concat.go:12:10:     from append(keep, s, t) (call parameter) at ./conv_frame_concat.go:13:15
./conv_frame_concat.go:11:17: string(b) + "" escapes to heap:
./conv_frame_concat.go:11:17:   flow: s = &{storage for string(b) + ""}:
./conv_frame_concat.go:11:17:     from string(b) + "" (spill) at ./conv_frame_concat.go:11:17
./conv_frame_concat.go:11:17:     from s := string(b) + "" (assign) at ./conv_frame_concat.go:11:4
./conv_frame_concat.go:11:17:   flow: {heap} = s:
./conv_frame_concat.go:11:17:     from append(keep, s, t) (call parameter) at ./conv_frame_concat.go:13:15
./conv_frame_concat.go:10:9: b does not escape
./conv_frame_concat.go:11:17: string(b) + "" escapes to heap
./conv_frame_concat.go:11:13: string(b) does not escape
./conv_frame_concat.go:12:10: "" + string(b) escapes to heap
./conv_frame_concat.go:12:18: string(b) does not escape
./conv_frame_concat.go:29:13: keep escapes to heap:
./conv_frame_concat.go:29:13:   flow: {storage for ... argument} = &{storage for keep}:
./conv_frame_concat.go:29:13:     from keep (spill) at ./conv_frame_concat.go:29:13
./conv_frame_concat.go:29:13:     from ... argument (slice-literal-element) at ./conv_frame_concat.go:29:13
./conv_frame_concat.go:29:13:   flow: {heap} = {storage for ... argument}:
./conv_frame_concat.go:29:13:     from ... argument (spill) at ./conv_frame_concat.go:29:13
./conv_frame_concat.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./conv_frame_concat.go:29:13
./conv_frame_concat.go:26:24: i escapes to heap:
./conv_frame_concat.go:26:24:   flow: {storage for ... argument} = &{storage for i}:
./conv_frame_concat.go:26:24:     from i (spill) at ./conv_frame_concat.go:26:24
./conv_frame_concat.go:26:24:     from ... argument (slice-literal-element) at ./conv_frame_concat.go:26:23
./conv_frame_concat.go:26:24:   flow: {heap} = {storage for ... argument}:
./conv_frame_concat.go:26:24:     from ... argument (spill) at ./conv_frame_concat.go:26:23
./conv_frame_concat.go:26:24:     from fmt.Sprint(... argument...) (call parameter) at ./conv_frame_concat.go:26:23
./conv_frame_concat.go:26:24: "value-" escapes to heap:
./conv_frame_concat.go:26:24:   flow: {storage for ... argument} = &{storage for "value-"}:
./conv_frame_concat.go:26:24:     from "value-" (spill) at ./conv_frame_concat.go:26:24
./conv_frame_concat.go:26:24:     from ... argument (slice-literal-element) at ./conv_frame_concat.go:26:23
./conv_frame_concat.go:26:24:   flow: {heap} = {storage for ... argument}:
./conv_frame_concat.go:26:24:     from ... argument (spill) at ./conv_frame_concat.go:26:23
./conv_frame_concat.go:26:24:     from fmt.Sprint(... argument...) (call parameter) at ./conv_frame_concat.go:26:23
./conv_frame_concat.go:26:12: ([]byte)(fmt.Sprint(... argument...)) does not escape
./conv_frame_concat.go:26:23: ... argument does not escape
./conv_frame_concat.go:26:24: "value-" escapes to heap
./conv_frame_concat.go:26:24: i escapes to heap
./conv_frame_concat.go:29:13: ... argument does not escape
./conv_frame_concat.go:29:13: keep escapes to heap
