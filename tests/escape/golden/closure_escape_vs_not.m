./closure_escape_vs_not.go:10:2: moved to heap: c
./closure_escape_vs_not.go:11:9: func literal escapes to heap
./closure_escape_vs_not.go:16:9: func literal does not escape
./closure_escape_vs_not.go:24:2: moved to heap: v
./closure_escape_vs_not.go:25:10: func literal escapes to heap
./closure_escape_vs_not.go:32:13: ... argument does not escape
./closure_escape_vs_not.go:32:15: a() escapes to heap
./closure_escape_vs_not.go:32:20: b() escapes to heap
./closure_escape_vs_not.go:33:13: ... argument does not escape
./closure_escape_vs_not.go:33:19: local(10) escapes to heap
./closure_escape_vs_not.go:33:30: local(100) escapes to heap
./closure_escape_vs_not.go:36:13: ... argument does not escape
./closure_escape_vs_not.go:36:19: saved() escapes to heap
