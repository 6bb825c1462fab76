./closure_immediate_results.go:9:7: func literal does not escape
./closure_immediate_results.go:10:10: func literal does not escape
./closure_immediate_results.go:11:13: ... argument does not escape
./closure_immediate_results.go:11:13: y escapes to heap
./closure_immediate_results.go:11:13: q escapes to heap
./closure_immediate_results.go:11:13: r escapes to heap
./closure_immediate_results.go:12:7: func literal does not escape
./closure_immediate_results.go:15:32: ... argument does not escape
./closure_immediate_results.go:15:34: i * x escapes to heap
./closure_immediate_results.go:19:13: ... argument does not escape
./closure_immediate_results.go:19:13: s escapes to heap
./closure_immediate_results.go:20:2: func literal does not escape
./closure_immediate_results.go:23:13: ... argument does not escape
./closure_immediate_results.go:23:13: x escapes to heap
./closure_immediate_results.go:26:3: func literal does not escape
./closure_immediate_results.go:28:13: ... argument does not escape
./closure_immediate_results.go:28:13: total escapes to heap
