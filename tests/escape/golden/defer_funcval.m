./defer_funcval.go:5:12: leaking param: name
./defer_funcval.go:6:13: ... argument does not escape
./defer_funcval.go:6:14: "make" escapes to heap
./defer_funcval.go:6:14: name escapes to heap
./defer_funcval.go:7:9: func literal escapes to heap
./defer_funcval.go:7:29: ... argument does not escape
./defer_funcval.go:7:30: "run" escapes to heap
./defer_funcval.go:7:30: name escapes to heap
./defer_funcval.go:10:33: ... argument does not escape
./defer_funcval.go:10:34: "add" escapes to heap
./defer_funcval.go:10:42: a + b escapes to heap
./defer_funcval.go:14:7: a does not escape
./defer_funcval.go:14:53: ... argument does not escape
./defer_funcval.go:14:54: "acc" escapes to heap
./defer_funcval.go:14:62: a.total escapes to heap
./defer_funcval.go:20:12: leaking param: s
./defer_funcval.go:20:7: func literal does not escape
./defer_funcval.go:20:35: ... argument does not escape
./defer_funcval.go:20:36: "g" escapes to heap
./defer_funcval.go:20:36: s escapes to heap
./defer_funcval.go:22:9: &Acc{} does not escape
./defer_funcval.go:23:10: acc.Add does not escape
./defer_funcval.go:26:16: []func(){...} does not escape
./defer_funcval.go:30:13: ... argument does not escape
./defer_funcval.go:30:14: "body" escapes to heap
