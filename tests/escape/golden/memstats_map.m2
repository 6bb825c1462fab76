./memstats_map.go:29:12: f does not escape
./memstats_map.go:36:16: parameter words leaks to {heap} with derefs=1:
./memstats_map.go:36:16:   flow: {temp} = words:
./memstats_map.go:36:16:   flow: w = *{temp}:
./memstats_map.go:36:16:     from for loop (range-deref) at ./memstats_map.go:38:14
./memstats_map.go:36:16:   flow: {heap} = w:
./memstats_map.go:36:16:     from m[w] (key of map put) at ./memstats_map.go:39:4
./memstats_map.go:36:16: leaking param content: words
./memstats_map.go:37:21: map[string]int{} does not escape
./memstats_map.go:51:15: xs does not escape
./memstats_map.go:52:11: make(map[int]bool, hint) does not escape
./memstats_map.go:62:11: make(map[string]int) escapes to heap:
./memstats_map.go:62:11:   flow: m = &{storage for make(map[string]int)}:
./memstats_map.go:62:11:     from make(map[string]int) (spill) at ./memstats_map.go:62:11
./memstats_map.go:62:11:     from m := make(map[string]int) (assign) at ./memstats_map.go:62:4
./memstats_map.go:62:11:   flow: {heap} = m:
./memstats_map.go:62:11:     from keep = m (assign) at ./memstats_map.go:66:7
./memstats_map.go:61:15: parameter words leaks to {heap} with derefs=1:
./memstats_map.go:61:15:   flow: {temp} = words:
./memstats_map.go:61:15:   flow: w = *{temp}:
./memstats_map.go:61:15:     from for loop (range-deref) at ./memstats_map.go:63:14
./memstats_map.go:61:15:   flow: {heap} = w:
./memstats_map.go:61:15:     from m[w] (key of map put) at ./memstats_map.go:64:4
./memstats_map.go:61:15: leaking param content: words
./memstats_map.go:62:11: make(map[string]int) escapes to heap
./memstats_map.go:83:10: &[4]int{...} escapes to heap:
./memstats_map.go:83:10:   flow: {heap} = &{storage for &[4]int{...}}:
./memstats_map.go:83:10:     from &[4]int{...} (spill) at ./memstats_map.go:83:10
./memstats_map.go:83:10:     from m[i] = &[4]int{...} (assign) at ./memstats_map.go:83:8
./memstats_map.go:81:22: map[int]*[4]int{} does not escape
./memstats_map.go:83:10: &[4]int{...} escapes to heap
./memstats_map.go:113:38: deepUse() escapes to heap:
./memstats_map.go:113:38:   flow: {storage for ... argument} = &{storage for deepUse()}:
./memstats_map.go:113:38:     from deepUse() (spill) at ./memstats_map.go:113:38
./memstats_map.go:113:38:     from ... argument (slice-literal-element) at ./memstats_map.go:113:13
./memstats_map.go:113:38:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:113:38:     from ... argument (spill) at ./memstats_map.go:113:13
./memstats_map.go:113:38:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:113:13
./memstats_map.go:113:14: "stack growth:" escapes to heap:
./memstats_map.go:113:14:   flow: {storage for ... argument} = &{storage for "stack growth:"}:
./memstats_map.go:113:14:     from "stack growth:" (spill) at ./memstats_map.go:113:14
./memstats_map.go:113:14:     from ... argument (slice-literal-element) at ./memstats_map.go:113:13
./memstats_map.go:113:14:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:113:14:     from ... argument (spill) at ./memstats_map.go:113:13
./memstats_map.go:113:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:113:13
./memstats_map.go:112:66: keep["go"] escapes to heap:
./memstats_map.go:112:66:   flow: {storage for ... argument} = &{storage for keep["go"]}:
./memstats_map.go:112:66:     from keep["go"] (spill) at ./memstats_map.go:112:66
./memstats_map.go:112:66:     from ... argument (slice-literal-element) at ./memstats_map.go:112:13
./memstats_map.go:112:66:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:112:66:     from ... argument (spill) at ./memstats_map.go:112:13
./memstats_map.go:112:66:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:112:13
./memstats_map.go:112:54: len(keep) escapes to heap:
./memstats_map.go:112:54:   flow: {storage for ... argument} = &{storage for len(keep)}:
./memstats_map.go:112:54:     from len(keep) (spill) at ./memstats_map.go:112:54
./memstats_map.go:112:54:     from ... argument (slice-literal-element) at ./memstats_map.go:112:13
./memstats_map.go:112:54:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:112:54:     from ... argument (spill) at ./memstats_map.go:112:13
./memstats_map.go:112:54:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:112:13
./memstats_map.go:112:42: c >= 1000 escapes to heap:
./memstats_map.go:112:42:   flow: {storage for ... argument} = &{storage for c >= 1000}:
./memstats_map.go:112:42:     from c >= 1000 (spill) at ./memstats_map.go:112:42
./memstats_map.go:112:42:     from ... argument (slice-literal-element) at ./memstats_map.go:112:13
./memstats_map.go:112:42:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:112:42:     from ... argument (spill) at ./memstats_map.go:112:13
./memstats_map.go:112:42:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:112:13
./memstats_map.go:112:14: "escaping, on the heap:" escapes to heap:
./memstats_map.go:112:14:   flow: {storage for ... argument} = &{storage for "escaping, on the heap:"}:
./memstats_map.go:112:14:     from "escaping, on the heap:" (spill) at ./memstats_map.go:112:14
./memstats_map.go:112:14:     from ... argument (slice-literal-element) at ./memstats_map.go:112:13
./memstats_map.go:112:14:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:112:14:     from ... argument (spill) at ./memstats_map.go:112:13
./memstats_map.go:112:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:112:13
./memstats_map.go:106:65: total escapes to heap:
./memstats_map.go:106:65:   flow: {storage for ... argument} = &{storage for total}:
./memstats_map.go:106:65:     from total (spill) at ./memstats_map.go:106:65
./memstats_map.go:106:65:     from ... argument (slice-literal-element) at ./memstats_map.go:106:13
./memstats_map.go:106:65:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:106:65:     from ... argument (spill) at ./memstats_map.go:106:13
./memstats_map.go:106:65:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:106:13
./memstats_map.go:106:65: c < 10 escapes to heap:
./memstats_map.go:106:65:   flow: {storage for ... argument} = &{storage for c < 10}:
./memstats_map.go:106:65:     from c < 10 (spill) at ./memstats_map.go:106:65
./memstats_map.go:106:65:     from ... argument (slice-literal-element) at ./memstats_map.go:106:13
./memstats_map.go:106:65:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:106:65:     from ... argument (spill) at ./memstats_map.go:106:13
./memstats_map.go:106:65:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:106:13
./memstats_map.go:106:14: "make with a run-time hint <= 8, in the frame:" escapes to heap:
./memstats_map.go:106:14:   flow: {storage for ... argument} = &{storage for "make with a run-time hint <= 8, in the frame:"}:
./memstats_map.go:106:14:     from "make with a run-time hint <= 8, in the frame:" (spill) at ./memstats_map.go:106:14
./memstats_map.go:106:14:     from ... argument (slice-literal-element) at ./memstats_map.go:106:13
./memstats_map.go:106:14:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:106:14:     from ... argument (spill) at ./memstats_map.go:106:13
./memstats_map.go:106:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:106:13
./memstats_map.go:99:42: total escapes to heap:
./memstats_map.go:99:42:   flow: {storage for ... argument} = &{storage for total}:
./memstats_map.go:99:42:     from total (spill) at ./memstats_map.go:99:42
./memstats_map.go:99:42:     from ... argument (slice-literal-element) at ./memstats_map.go:99:13
./memstats_map.go:99:42:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:99:42:     from ... argument (spill) at ./memstats_map.go:99:13
./memstats_map.go:99:42:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:99:13
./memstats_map.go:99:42: c < 10 escapes to heap:
./memstats_map.go:99:42:   flow: {storage for ... argument} = &{storage for c < 10}:
./memstats_map.go:99:42:     from c < 10 (spill) at ./memstats_map.go:99:42
./memstats_map.go:99:42:     from ... argument (slice-literal-element) at ./memstats_map.go:99:13
./memstats_map.go:99:42:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:99:42:     from ... argument (spill) at ./memstats_map.go:99:13
./memstats_map.go:99:42:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:99:13
./memstats_map.go:99:14: "literal, in the frame:" escapes to heap:
./memstats_map.go:99:14:   flow: {storage for ... argument} = &{storage for "literal, in the frame:"}:
./memstats_map.go:99:14:     from "literal, in the frame:" (spill) at ./memstats_map.go:99:14
./memstats_map.go:99:14:     from ... argument (slice-literal-element) at ./memstats_map.go:99:13
./memstats_map.go:99:14:   flow: {heap} = {storage for ... argument}:
./memstats_map.go:99:14:     from ... argument (spill) at ./memstats_map.go:99:13
./memstats_map.go:99:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_map.go:99:13
./memstats_map.go:94:13: func literal does not escape
./memstats_map.go:99:13: ... argument does not escape
./memstats_map.go:99:14: "literal, in the frame:" escapes to heap
./memstats_map.go:99:42: c < 10 escapes to heap
./memstats_map.go:99:42: total escapes to heap
./memstats_map.go:101:12: func literal does not escape
./memstats_map.go:106:13: ... argument does not escape
./memstats_map.go:106:14: "make with a run-time hint <= 8, in the frame:" escapes to heap
./memstats_map.go:106:65: c < 10 escapes to heap
./memstats_map.go:106:65: total escapes to heap
./memstats_map.go:107:12: func literal does not escape
./memstats_map.go:112:13: ... argument does not escape
./memstats_map.go:112:14: "escaping, on the heap:" escapes to heap
./memstats_map.go:112:42: c >= 1000 escapes to heap
./memstats_map.go:112:54: len(keep) escapes to heap
./memstats_map.go:112:66: keep["go"] escapes to heap
./memstats_map.go:113:13: ... argument does not escape
./memstats_map.go:113:14: "stack growth:" escapes to heap
./memstats_map.go:113:38: deepUse() escapes to heap
