./methval_nil_receiver.go:20:10: try capturing by value: name (addr=false assign=false width=16)
./methval_nil_receiver.go:21:45: (<node RECOVERFP>) != nil escapes to heap:
./methval_nil_receiver.go:21:45:   flow: {storage for ... argument} = &{storage for (<node RECOVERFP>) != nil}:
./methval_nil_receiver.go:21:45:     from (<node RECOVERFP>) != nil (spill) at ./methval_nil_receiver.go:21:45
./methval_nil_receiver.go:21:45:     from ... argument (slice-literal-element) at ./methval_nil_receiver.go:21:28
./methval_nil_receiver.go:21:45:   flow: {heap} = {storage for ... argument}:
./methval_nil_receiver.go:21:45:     from ... argument (spill) at ./methval_nil_receiver.go:21:28
./methval_nil_receiver.go:21:45:     from fmt.Println(... argument...) (call parameter) at ./methval_nil_receiver.go:21:28
./methval_nil_receiver.go:21:28: name escapes to heap:
./methval_nil_receiver.go:21:28:   flow: {storage for ... argument} = &{storage for name}:
./methval_nil_receiver.go:21:28:     from name (spill) at ./methval_nil_receiver.go:21:28
./methval_nil_receiver.go:21:28:     from ... argument (slice-literal-element) at ./methval_nil_receiver.go:21:28
./methval_nil_receiver.go:21:28:   flow: {heap} = {storage for ... argument}:
./methval_nil_receiver.go:21:28:     from ... argument (spill) at ./methval_nil_receiver.go:21:28
./methval_nil_receiver.go:21:28:     from fmt.Println(... argument...) (call parameter) at ./methval_nil_receiver.go:21:28
./methval_nil_receiver.go:20:10: parameter name leaks to {storage for name} with derefs=0:
./methval_nil_receiver.go:20:10:   flow: {storage for name} = name:
./methval_nil_receiver.go:20:10:     from name (interface-converted) at ./methval_nil_receiver.go:21:28
./methval_nil_receiver.go:20:10: leaking param: name
./methval_nil_receiver.go:20:23: f does not escape
./methval_nil_receiver.go:21:8: func literal does not escape
./methval_nil_receiver.go:21:28: ... argument does not escape
./methval_nil_receiver.go:21:28: name escapes to heap
./methval_nil_receiver.go:21:45: (<node RECOVERFP>) != nil escapes to heap
./methval_nil_receiver.go:26:6: main capturing by ref: f (addr=false assign=true width=8)
./methval_nil_receiver.go:26:6: main capturing by ref: f (addr=true assign=true width=8)
./methval_nil_receiver.go:26:6: main capturing by ref: f (addr=true assign=true width=8)
./methval_nil_receiver.go:26:6: main capturing by ref: f (addr=true assign=true width=8)
./methval_nil_receiver.go:26:6: main capturing by ref: f (addr=true assign=true width=8)
./methval_nil_receiver.go:26:6: main capturing by ref: f (addr=true assign=true width=8)
./methval_nil_receiver.go:36:16: f == nil escapes to heap:
./methval_nil_receiver.go:36:16:   flow: {storage for ... argument} = &{storage for f == nil}:
./methval_nil_receiver.go:36:16:     from f == nil (spill) at ./methval_nil_receiver.go:36:16
./methval_nil_receiver.go:36:16:     from ... argument (slice-literal-element) at ./methval_nil_receiver.go:36:13
./methval_nil_receiver.go:36:16:   flow: {heap} = {storage for ... argument}:
./methval_nil_receiver.go:36:16:     from ... argument (spill) at ./methval_nil_receiver.go:36:13
./methval_nil_receiver.go:36:16:     from fmt.Println(... argument...) (call parameter) at ./methval_nil_receiver.go:36:13
./methval_nil_receiver.go:32:41: p.M escapes to heap:
./methval_nil_receiver.go:32:41:   flow: f = &{storage for p.M}:
./methval_nil_receiver.go:32:41:     from p.M (spill) at ./methval_nil_receiver.go:32:41
./methval_nil_receiver.go:32:41:     from f = p.M (assign) at ./methval_nil_receiver.go:32:38
./methval_nil_receiver.go:32:41:   flow: {storage for func literal} = &f:
./methval_nil_receiver.go:32:41:     from f (captured by a closure) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:32:41:     from f (reference) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:31:43: p.M escapes to heap:
./methval_nil_receiver.go:31:43:   flow: f = &{storage for p.M}:
./methval_nil_receiver.go:31:43:     from p.M (spill) at ./methval_nil_receiver.go:31:43
./methval_nil_receiver.go:31:43:     from f = p.M (assign) at ./methval_nil_receiver.go:31:40
./methval_nil_receiver.go:31:43:   flow: {storage for func literal} = &f:
./methval_nil_receiver.go:31:43:     from f (captured by a closure) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:31:43:     from f (reference) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:30:38: t3.T4.M escapes to heap:
./methval_nil_receiver.go:30:38:   flow: f = &{storage for t3.T4.M}:
./methval_nil_receiver.go:30:38:     from t3.T4.M (spill) at ./methval_nil_receiver.go:30:38
./methval_nil_receiver.go:30:38:     from f = t3.T4.M (assign) at ./methval_nil_receiver.go:30:34
./methval_nil_receiver.go:30:38:   flow: {storage for func literal} = &f:
./methval_nil_receiver.go:30:38:     from f (captured by a closure) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:30:38:     from f (reference) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:29:40: t3.T4.M escapes to heap:
./methval_nil_receiver.go:29:40:   flow: f = &{storage for t3.T4.M}:
./methval_nil_receiver.go:29:40:     from t3.T4.M (spill) at ./methval_nil_receiver.go:29:40
./methval_nil_receiver.go:29:40:     from f = t3.T4.M (assign) at ./methval_nil_receiver.go:29:36
./methval_nil_receiver.go:29:40:   flow: {storage for func literal} = &f:
./methval_nil_receiver.go:29:40:     from f (captured by a closure) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:29:40:     from f (reference) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:28:38: t2.T3.T4.M escapes to heap:
./methval_nil_receiver.go:28:38:   flow: f = &{storage for t2.T3.T4.M}:
./methval_nil_receiver.go:28:38:     from t2.T3.T4.M (spill) at ./methval_nil_receiver.go:28:38
./methval_nil_receiver.go:28:38:     from f = t2.T3.T4.M (assign) at ./methval_nil_receiver.go:28:34
./methval_nil_receiver.go:28:38:   flow: {storage for func literal} = &f:
./methval_nil_receiver.go:28:38:     from f (captured by a closure) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:28:38:     from f (reference) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:27:38: t1.T2.T3.T4.M escapes to heap:
./methval_nil_receiver.go:27:38:   flow: f = &{storage for t1.T2.T3.T4.M}:
./methval_nil_receiver.go:27:38:     from t1.T2.T3.T4.M (spill) at ./methval_nil_receiver.go:27:38
./methval_nil_receiver.go:27:38:     from f = t1.T2.T3.T4.M (assign) at ./methval_nil_receiver.go:27:34
./methval_nil_receiver.go:27:38:   flow: {storage for func literal} = &f:
./methval_nil_receiver.go:27:38:     from f (captured by a closure) at ./methval_nil_receiver.go:32:36
./methval_nil_receiver.go:27:38:     from f (reference) at ./methval_nil_receiver.go:32:36
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
