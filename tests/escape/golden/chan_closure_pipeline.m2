./chan_closure_pipeline.go:7:5: func literal escapes to heap:
./chan_closure_pipeline.go:7:5:   flow: {heap} = &{storage for func literal}:
./chan_closure_pipeline.go:7:5:     from func literal (spill) at ./chan_closure_pipeline.go:7:5
./chan_closure_pipeline.go:5:12: stage capturing by value: in (addr=false assign=false width=8)
./chan_closure_pipeline.go:6:2: stage capturing by value: out (addr=false assign=false width=8)
./chan_closure_pipeline.go:5:27: stage capturing by value: f (addr=false assign=false width=8)
./chan_closure_pipeline.go:5:27: parameter f leaks to {storage for func literal} with derefs=0:
./chan_closure_pipeline.go:5:27:   flow: {storage for func literal} = f:
./chan_closure_pipeline.go:5:27:     from f (captured by a closure) at ./chan_closure_pipeline.go:9:11
./chan_closure_pipeline.go:5:12: parameter in leaks to {storage for func literal} with derefs=0:
./chan_closure_pipeline.go:5:12:   flow: {storage for func literal} = in:
./chan_closure_pipeline.go:5:12:     from in (captured by a closure) at ./chan_closure_pipeline.go:8:18
./chan_closure_pipeline.go:5:12: leaking param: in
./chan_closure_pipeline.go:5:27: leaking param: f
./chan_closure_pipeline.go:7:5: func literal escapes to heap
./chan_closure_pipeline.go:18:5: func literal escapes to heap:
./chan_closure_pipeline.go:18:5:   flow: {heap} = &{storage for func literal}:
./chan_closure_pipeline.go:18:5:     from func literal (spill) at ./chan_closure_pipeline.go:18:5
./chan_closure_pipeline.go:17:2: main capturing by value: src (addr=false assign=false width=8)
./chan_closure_pipeline.go:26:2: main capturing by value: offset (addr=false assign=false width=8)
./chan_closure_pipeline.go:29:16: " " escapes to heap:
./chan_closure_pipeline.go:29:16:   flow: {storage for ... argument} = &{storage for " "}:
./chan_closure_pipeline.go:29:16:     from " " (spill) at ./chan_closure_pipeline.go:29:16
./chan_closure_pipeline.go:29:16:     from ... argument (slice-literal-element) at ./chan_closure_pipeline.go:29:12
./chan_closure_pipeline.go:29:16:   flow: {heap} = {storage for ... argument}:
./chan_closure_pipeline.go:29:16:     from ... argument (spill) at ./chan_closure_pipeline.go:29:12
./chan_closure_pipeline.go:29:16:     from fmt.Print(... argument...) (call parameter) at ./chan_closure_pipeline.go:29:12
./chan_closure_pipeline.go:29:12: v escapes to heap:
./chan_closure_pipeline.go:29:12:   flow: {storage for ... argument} = &{storage for v}:
./chan_closure_pipeline.go:29:12:     from v (spill) at ./chan_closure_pipeline.go:29:12
./chan_closure_pipeline.go:29:12:     from ... argument (slice-literal-element) at ./chan_closure_pipeline.go:29:12
./chan_closure_pipeline.go:29:12:   flow: {heap} = {storage for ... argument}:
./chan_closure_pipeline.go:29:12:     from ... argument (spill) at ./chan_closure_pipeline.go:29:12
./chan_closure_pipeline.go:29:12:     from fmt.Print(... argument...) (call parameter) at ./chan_closure_pipeline.go:29:12
./chan_closure_pipeline.go:27:11: func literal escapes to heap:
./chan_closure_pipeline.go:27:11:   flow: shift = &{storage for func literal}:
./chan_closure_pipeline.go:27:11:     from func literal (spill) at ./chan_closure_pipeline.go:27:11
./chan_closure_pipeline.go:27:11:     from shift := func literal (assign) at ./chan_closure_pipeline.go:27:8
./chan_closure_pipeline.go:27:11:   flow: {heap} = shift:
./chan_closure_pipeline.go:27:11:     from stage(stage(stage(src, double), square), shift) (call parameter) at ./chan_closure_pipeline.go:28:22
./chan_closure_pipeline.go:25:12: func literal escapes to heap:
./chan_closure_pipeline.go:25:12:   flow: square = &{storage for func literal}:
./chan_closure_pipeline.go:25:12:     from func literal (spill) at ./chan_closure_pipeline.go:25:12
./chan_closure_pipeline.go:25:12:     from square := func literal (assign) at ./chan_closure_pipeline.go:25:9
./chan_closure_pipeline.go:25:12:   flow: {heap} = square:
./chan_closure_pipeline.go:25:12:     from stage(stage(src, double), square) (call parameter) at ./chan_closure_pipeline.go:28:28
./chan_closure_pipeline.go:24:12: func literal escapes to heap:
./chan_closure_pipeline.go:24:12:   flow: double = &{storage for func literal}:
./chan_closure_pipeline.go:24:12:     from func literal (spill) at ./chan_closure_pipeline.go:24:12
./chan_closure_pipeline.go:24:12:     from double := func literal (assign) at ./chan_closure_pipeline.go:24:9
./chan_closure_pipeline.go:24:12:   flow: {heap} = double:
./chan_closure_pipeline.go:24:12:     from stage(src, double) (call parameter) at ./chan_closure_pipeline.go:28:34
./chan_closure_pipeline.go:18:5: func literal escapes to heap
./chan_closure_pipeline.go:24:12: func literal escapes to heap
./chan_closure_pipeline.go:25:12: func literal escapes to heap
./chan_closure_pipeline.go:27:11: func literal escapes to heap
./chan_closure_pipeline.go:29:12: ... argument does not escape
./chan_closure_pipeline.go:29:12: v escapes to heap
./chan_closure_pipeline.go:29:16: " " escapes to heap
