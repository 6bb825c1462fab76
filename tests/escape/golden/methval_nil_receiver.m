./methval_nil_receiver.go:20:10: leaking param: name
./methval_nil_receiver.go:20:23: f does not escape
./methval_nil_receiver.go:21:8: func literal does not escape
./methval_nil_receiver.go:21:28: ... argument does not escape
./methval_nil_receiver.go:21:28: name escapes to heap
./methval_nil_receiver.go:21:45: (<node RECOVERFP>) != nil escapes to heap
./methval_nil_receiver.go:27:12: func literal does not escape
./methval_nil_receiver.go:27:38: t1.T2.T3.T4.M escapes to heap
./methval_nil_receiver.go:28:12: func literal does not escape
./methval_nil_receiver.go:28:38: t2.T3.T4.M escapes to heap
./methval_nil_receiver.go:29:13: func literal does not escape
./methval_nil_receiver.go:29:40: t3.T4.M escapes to heap
./methval_nil_receiver.go:30:12: func literal does not escape
./methval_nil_receiver.go:30:38: t3.T4.M escapes to heap
./methval_nil_receiver.go:31:13: func literal does not escape
./methval_nil_receiver.go:31:43: p.M escapes to heap
./methval_nil_receiver.go:32:13: func literal does not escape
./methval_nil_receiver.go:32:41: p.M escapes to heap
./methval_nil_receiver.go:33:22: func literal does not escape
./methval_nil_receiver.go:34:27: func literal does not escape
./methval_nil_receiver.go:35:27: func literal does not escape
./methval_nil_receiver.go:36:13: ... argument does not escape
./methval_nil_receiver.go:36:16: f == nil escapes to heap
