./closure_capture_param.go:6:13: scaler capturing by ref: factor (addr=false assign=true width=8)
./closure_capture_param.go:6:13: scaler capturing by ref: factor (addr=true assign=true width=8)
./closure_capture_param.go:8:11: func literal escapes to heap:
./closure_capture_param.go:8:11:   flow: change = &{storage for func literal}:
./closure_capture_param.go:8:11:     from func literal (spill) at ./closure_capture_param.go:8:11
./closure_capture_param.go:8:11:     from change = func literal (assign) at ./closure_capture_param.go:8:9
./closure_capture_param.go:6:13: parameter factor leaks to {storage for func literal} with derefs=0:
./closure_capture_param.go:6:13:   flow: {storage for func literal} = &factor:
./closure_capture_param.go:6:13:     from factor (captured by a closure) at ./closure_capture_param.go:8:25
./closure_capture_param.go:6:13:     from factor (reference) at ./closure_capture_param.go:8:25
./closure_capture_param.go:6:13: factor escapes to heap:
./closure_capture_param.go:6:13:   flow: {storage for func literal} = &factor:
./closure_capture_param.go:6:13:     from factor (captured by a closure) at ./closure_capture_param.go:8:25
./closure_capture_param.go:6:13:     from factor (reference) at ./closure_capture_param.go:8:25
./closure_capture_param.go:7:10: func literal escapes to heap:
./closure_capture_param.go:7:10:   flow: scale = &{storage for func literal}:
./closure_capture_param.go:7:10:     from func literal (spill) at ./closure_capture_param.go:7:10
./closure_capture_param.go:7:10:     from scale = func literal (assign) at ./closure_capture_param.go:7:8
./closure_capture_param.go:6:13: moved to heap: factor
./closure_capture_param.go:7:10: func literal escapes to heap
./closure_capture_param.go:8:11: func literal escapes to heap
./closure_capture_param.go:12:20: sumTo capturing by ref: total (addr=false assign=true width=8)
./closure_capture_param.go:13:9: func literal does not escape
./closure_capture_param.go:25:30: sumTo(0) escapes to heap:
./closure_capture_param.go:25:30:   flow: {storage for ... argument} = &{storage for sumTo(0)}:
./closure_capture_param.go:25:30:     from sumTo(0) (spill) at ./closure_capture_param.go:25:30
./closure_capture_param.go:25:30:     from ... argument (slice-literal-element) at ./closure_capture_param.go:25:13
./closure_capture_param.go:25:30:   flow: {heap} = {storage for ... argument}:
./closure_capture_param.go:25:30:     from ... argument (spill) at ./closure_capture_param.go:25:13
./closure_capture_param.go:25:30:     from fmt.Println(... argument...) (call parameter) at ./closure_capture_param.go:25:13
./closure_capture_param.go:25:19: sumTo(10) escapes to heap:
./closure_capture_param.go:25:19:   flow: {storage for ... argument} = &{storage for sumTo(10)}:
./closure_capture_param.go:25:19:     from sumTo(10) (spill) at ./closure_capture_param.go:25:19
./closure_capture_param.go:25:19:     from ... argument (slice-literal-element) at ./closure_capture_param.go:25:13
./closure_capture_param.go:25:19:   flow: {heap} = {storage for ... argument}:
./closure_capture_param.go:25:19:     from ... argument (spill) at ./closure_capture_param.go:25:13
./closure_capture_param.go:25:19:     from fmt.Println(... argument...) (call parameter) at ./closure_capture_param.go:25:13
./closure_capture_param.go:24:16: sc(5) escapes to heap:
./closure_capture_param.go:24:16:   flow: {storage for ... argument} = &{storage for sc(5)}:
./closure_capture_param.go:24:16:     from sc(5) (spill) at ./closure_capture_param.go:24:16
./closure_capture_param.go:24:16:     from ... argument (slice-literal-element) at ./closure_capture_param.go:24:13
./closure_capture_param.go:24:16:   flow: {heap} = {storage for ... argument}:
./closure_capture_param.go:24:16:     from ... argument (spill) at ./closure_capture_param.go:24:13
./closure_capture_param.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./closure_capture_param.go:24:13
./closure_capture_param.go:22:16: sc(5) escapes to heap:
./closure_capture_param.go:22:16:   flow: {storage for ... argument} = &{storage for sc(5)}:
./closure_capture_param.go:22:16:     from sc(5) (spill) at ./closure_capture_param.go:22:16
./closure_capture_param.go:22:16:     from ... argument (slice-literal-element) at ./closure_capture_param.go:22:13
./closure_capture_param.go:22:16:   flow: {heap} = {storage for ... argument}:
./closure_capture_param.go:22:16:     from ... argument (spill) at ./closure_capture_param.go:22:13
./closure_capture_param.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./closure_capture_param.go:22:13
./closure_capture_param.go:22:13: ... argument does not escape
./closure_capture_param.go:22:16: sc(5) escapes to heap
./closure_capture_param.go:24:13: ... argument does not escape
./closure_capture_param.go:24:16: sc(5) escapes to heap
./closure_capture_param.go:25:13: ... argument does not escape
./closure_capture_param.go:25:19: sumTo(10) escapes to heap
./closure_capture_param.go:25:30: sumTo(0) escapes to heap
