./sprintf_concat.go:6:33: n escapes to heap:
./sprintf_concat.go:6:33:   flow: {storage for ... argument} = &{storage for n}:
./sprintf_concat.go:6:33:     from n (spill) at ./sprintf_concat.go:6:33
./sprintf_concat.go:6:33:     from ... argument (slice-literal-element) at ./sprintf_concat.go:6:33
./sprintf_concat.go:6:33:   flow: {heap} = {storage for ... argument}:
./sprintf_concat.go:6:33:     from ... argument (spill) at ./sprintf_concat.go:6:33
./sprintf_concat.go:6:33:     from fmt.Sprint(... argument...) (call parameter) at ./sprintf_concat.go:6:33
./sprintf_concat.go:6:21: name + ": " + fmt.Sprint(... argument...) escapes to heap:
./sprintf_concat.go:6:21:   flow: ~r0 = &{storage for name + ": " + fmt.Sprint(... argument...)}:
./sprintf_concat.go:6:21:     from name + ": " + fmt.Sprint(... argument...) (spill) at ./sprintf_concat.go:6:21
./sprintf_concat.go:6:21:     from return name + ": " + fmt.Sprint(... argument...) (return) at ./sprintf_concat.go:6:2
./sprintf_concat.go:5:12: name does not escape
./sprintf_concat.go:6:21: name + ": " + fmt.Sprint(... argument...) escapes to heap
./sprintf_concat.go:6:33: ... argument does not escape
./sprintf_concat.go:6:33: n escapes to heap
./sprintf_concat.go:12:13: t escapes to heap:
./sprintf_concat.go:12:13:   flow: {storage for ... argument} = &{storage for t}:
./sprintf_concat.go:12:13:     from t (spill) at ./sprintf_concat.go:12:13
./sprintf_concat.go:12:13:     from ... argument (slice-literal-element) at ./sprintf_concat.go:12:13
./sprintf_concat.go:12:13:   flow: {heap} = {storage for ... argument}:
./sprintf_concat.go:12:13:     from ... argument (spill) at ./sprintf_concat.go:12:13
./sprintf_concat.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./sprintf_concat.go:12:13
./sprintf_concat.go:11:19: s escapes to heap:
./sprintf_concat.go:11:19:   flow: {storage for ... argument} = &{storage for s}:
./sprintf_concat.go:11:19:     from s (spill) at ./sprintf_concat.go:11:19
./sprintf_concat.go:11:19:     from ... argument (slice-literal-element) at ./sprintf_concat.go:11:18
./sprintf_concat.go:11:19:   flow: {heap} = {storage for ... argument}:
./sprintf_concat.go:11:19:     from ... argument (spill) at ./sprintf_concat.go:11:18
./sprintf_concat.go:11:19:     from fmt.Sprintf("%s/%s", ... argument...) (call parameter) at ./sprintf_concat.go:11:18
./sprintf_concat.go:11:19: s escapes to heap:
./sprintf_concat.go:11:19:   flow: {storage for ... argument} = &{storage for s}:
./sprintf_concat.go:11:19:     from s (spill) at ./sprintf_concat.go:11:19
./sprintf_concat.go:11:19:     from ... argument (slice-literal-element) at ./sprintf_concat.go:11:18
./sprintf_concat.go:11:19:   flow: {heap} = {storage for ... argument}:
./sprintf_concat.go:11:19:     from ... argument (spill) at ./sprintf_concat.go:11:18
./sprintf_concat.go:11:19:     from fmt.Sprintf("%s/%s", ... argument...) (call parameter) at ./sprintf_concat.go:11:18
./sprintf_concat.go:11:18: ... argument does not escape
./sprintf_concat.go:11:19: s escapes to heap
./sprintf_concat.go:11:19: s escapes to heap
./sprintf_concat.go:12:13: ... argument does not escape
./sprintf_concat.go:12:13: t escapes to heap
