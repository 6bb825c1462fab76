./memstats_concat.go:24:12: a does not escape
./memstats_concat.go:24:15: b does not escape
./memstats_concat.go:24:18: c does not escape
./memstats_concat.go:25:25: a + "-" + b + "-" + c does not escape
./memstats_concat.go:30:11: a does not escape
./memstats_concat.go:30:14: b does not escape
./memstats_concat.go:30:17: c does not escape
./memstats_concat.go:31:47: a + "-" + b + "-" + c + "-" + a + b + c + "!!" does not escape
./memstats_concat.go:37:15: a + b + c + d escapes to heap:
./memstats_concat.go:37:15:   flow: {heap} = &{storage for a + b + c + d}:
./memstats_concat.go:37:15:     from a + b + c + d (spill) at ./memstats_concat.go:37:15
./memstats_concat.go:37:15:     from sink = a + b + c + d (assign) at ./memstats_concat.go:37:7
./memstats_concat.go:36:15: a does not escape
./memstats_concat.go:36:18: b does not escape
./memstats_concat.go:36:21: c does not escape
./memstats_concat.go:36:24: d does not escape
./memstats_concat.go:37:15: a + b + c + d escapes to heap
./memstats_concat.go:44:11: e + a escapes to heap:
./memstats_concat.go:44:11:   flow: {heap} = &{storage for e + a}:
./memstats_concat.go:44:11:     from e + a (spill) at ./memstats_concat.go:44:11
./memstats_concat.go:44:11:     from sink = e + a (assign) at ./memstats_concat.go:44:7
./memstats_concat.go:41:13: a does not escape
./memstats_concat.go:43:13: e + a + e does not escape
./memstats_concat.go:44:11: e + a escapes to heap
./memstats_concat.go:48:12: f does not escape
./memstats_concat.go:55:2: main capturing by ref: n (addr=false assign=true width=8)
./memstats_concat.go:55:2: main capturing by ref: n (addr=true assign=true width=8)
./memstats_concat.go:55:2: main capturing by ref: n (addr=true assign=true width=8)
./memstats_concat.go:89:67: len(sink) escapes to heap:
./memstats_concat.go:89:67:   flow: {storage for ... argument} = &{storage for len(sink)}:
./memstats_concat.go:89:67:     from len(sink) (spill) at ./memstats_concat.go:89:67
./memstats_concat.go:89:67:     from ... argument (slice-literal-element) at ./memstats_concat.go:89:13
./memstats_concat.go:89:67:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:89:67:     from ... argument (spill) at ./memstats_concat.go:89:13
./memstats_concat.go:89:67:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:89:13
./memstats_concat.go:89:52: c >= 99 && c < 110 escapes to heap:
./memstats_concat.go:89:52:   flow: {storage for ... argument} = &{storage for c >= 99 && c < 110}:
./memstats_concat.go:89:52:     from c >= 99 && c < 110 (spill) at ./memstats_concat.go:89:52
./memstats_concat.go:89:52:     from ... argument (slice-literal-element) at ./memstats_concat.go:89:13
./memstats_concat.go:89:52:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:89:52:     from ... argument (spill) at ./memstats_concat.go:89:13
./memstats_concat.go:89:52:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:89:13
./memstats_concat.go:89:14: "s += t, one per statement:" escapes to heap:
./memstats_concat.go:89:14:   flow: {storage for ... argument} = &{storage for "s += t, one per statement:"}:
./memstats_concat.go:89:14:     from "s += t, one per statement:" (spill) at ./memstats_concat.go:89:14
./memstats_concat.go:89:14:     from ... argument (slice-literal-element) at ./memstats_concat.go:89:13
./memstats_concat.go:89:14:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:89:14:     from ... argument (spill) at ./memstats_concat.go:89:13
./memstats_concat.go:89:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:89:13
./memstats_concat.go:81:41: sink escapes to heap:
./memstats_concat.go:81:41:   flow: {storage for ... argument} = &{storage for sink}:
./memstats_concat.go:81:41:     from sink (spill) at ./memstats_concat.go:81:41
./memstats_concat.go:81:41:     from ... argument (slice-literal-element) at ./memstats_concat.go:81:13
./memstats_concat.go:81:41:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:81:41:     from ... argument (spill) at ./memstats_concat.go:81:13
./memstats_concat.go:81:41:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:81:13
./memstats_concat.go:81:41: n escapes to heap:
./memstats_concat.go:81:41:   flow: {storage for ... argument} = &{storage for n}:
./memstats_concat.go:81:41:     from n (spill) at ./memstats_concat.go:81:41
./memstats_concat.go:81:41:     from ... argument (slice-literal-element) at ./memstats_concat.go:81:13
./memstats_concat.go:81:41:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:81:41:     from ... argument (spill) at ./memstats_concat.go:81:13
./memstats_concat.go:81:41:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:81:13
./memstats_concat.go:81:41: c < 10 escapes to heap:
./memstats_concat.go:81:41:   flow: {storage for ... argument} = &{storage for c < 10}:
./memstats_concat.go:81:41:     from c < 10 (spill) at ./memstats_concat.go:81:41
./memstats_concat.go:81:41:     from ... argument (slice-literal-element) at ./memstats_concat.go:81:13
./memstats_concat.go:81:41:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:81:41:     from ... argument (spill) at ./memstats_concat.go:81:13
./memstats_concat.go:81:41:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:81:13
./memstats_concat.go:81:14: "single operand, none:" escapes to heap:
./memstats_concat.go:81:14:   flow: {storage for ... argument} = &{storage for "single operand, none:"}:
./memstats_concat.go:81:14:     from "single operand, none:" (spill) at ./memstats_concat.go:81:14
./memstats_concat.go:81:14:     from ... argument (slice-literal-element) at ./memstats_concat.go:81:13
./memstats_concat.go:81:14:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:81:14:     from ... argument (spill) at ./memstats_concat.go:81:13
./memstats_concat.go:81:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:81:13
./memstats_concat.go:74:62: sink escapes to heap:
./memstats_concat.go:74:62:   flow: {storage for ... argument} = &{storage for sink}:
./memstats_concat.go:74:62:     from sink (spill) at ./memstats_concat.go:74:62
./memstats_concat.go:74:62:     from ... argument (slice-literal-element) at ./memstats_concat.go:74:13
./memstats_concat.go:74:62:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:74:62:     from ... argument (spill) at ./memstats_concat.go:74:13
./memstats_concat.go:74:62:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:74:13
./memstats_concat.go:74:62: c >= 1000 && c < 1010 escapes to heap:
./memstats_concat.go:74:62:   flow: {storage for ... argument} = &{storage for c >= 1000 && c < 1010}:
./memstats_concat.go:74:62:     from c >= 1000 && c < 1010 (spill) at ./memstats_concat.go:74:62
./memstats_concat.go:74:62:     from ... argument (slice-literal-element) at ./memstats_concat.go:74:13
./memstats_concat.go:74:62:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:74:62:     from ... argument (spill) at ./memstats_concat.go:74:13
./memstats_concat.go:74:62:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:74:13
./memstats_concat.go:74:14: "escaping chain of 4, one per call:" escapes to heap:
./memstats_concat.go:74:14:   flow: {storage for ... argument} = &{storage for "escaping chain of 4, one per call:"}:
./memstats_concat.go:74:14:     from "escaping chain of 4, one per call:" (spill) at ./memstats_concat.go:74:14
./memstats_concat.go:74:14:     from ... argument (slice-literal-element) at ./memstats_concat.go:74:13
./memstats_concat.go:74:14:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:74:14:     from ... argument (spill) at ./memstats_concat.go:74:13
./memstats_concat.go:74:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:74:13
./memstats_concat.go:68:47: n escapes to heap:
./memstats_concat.go:68:47:   flow: {storage for ... argument} = &{storage for n}:
./memstats_concat.go:68:47:     from n (spill) at ./memstats_concat.go:68:47
./memstats_concat.go:68:47:     from ... argument (slice-literal-element) at ./memstats_concat.go:68:13
./memstats_concat.go:68:47:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:68:47:     from ... argument (spill) at ./memstats_concat.go:68:13
./memstats_concat.go:68:47:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:68:13
./memstats_concat.go:68:47: c >= 1000 && c < 1010 escapes to heap:
./memstats_concat.go:68:47:   flow: {storage for ... argument} = &{storage for c >= 1000 && c < 1010}:
./memstats_concat.go:68:47:     from c >= 1000 && c < 1010 (spill) at ./memstats_concat.go:68:47
./memstats_concat.go:68:47:     from ... argument (slice-literal-element) at ./memstats_concat.go:68:13
./memstats_concat.go:68:47:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:68:47:     from ... argument (spill) at ./memstats_concat.go:68:13
./memstats_concat.go:68:47:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:68:13
./memstats_concat.go:68:14: "long, one per call:" escapes to heap:
./memstats_concat.go:68:14:   flow: {storage for ... argument} = &{storage for "long, one per call:"}:
./memstats_concat.go:68:14:     from "long, one per call:" (spill) at ./memstats_concat.go:68:14
./memstats_concat.go:68:14:     from ... argument (slice-literal-element) at ./memstats_concat.go:68:13
./memstats_concat.go:68:14:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:68:14:     from ... argument (spill) at ./memstats_concat.go:68:13
./memstats_concat.go:68:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:68:13
./memstats_concat.go:61:40: n escapes to heap:
./memstats_concat.go:61:40:   flow: {storage for ... argument} = &{storage for n}:
./memstats_concat.go:61:40:     from n (spill) at ./memstats_concat.go:61:40
./memstats_concat.go:61:40:     from ... argument (slice-literal-element) at ./memstats_concat.go:61:13
./memstats_concat.go:61:40:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:61:40:     from ... argument (spill) at ./memstats_concat.go:61:13
./memstats_concat.go:61:40:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:61:13
./memstats_concat.go:61:40: c < 10 escapes to heap:
./memstats_concat.go:61:40:   flow: {storage for ... argument} = &{storage for c < 10}:
./memstats_concat.go:61:40:     from c < 10 (spill) at ./memstats_concat.go:61:40
./memstats_concat.go:61:40:     from ... argument (slice-literal-element) at ./memstats_concat.go:61:13
./memstats_concat.go:61:40:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:61:40:     from ... argument (spill) at ./memstats_concat.go:61:13
./memstats_concat.go:61:40:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:61:13
./memstats_concat.go:61:14: "short, in the frame:" escapes to heap:
./memstats_concat.go:61:14:   flow: {storage for ... argument} = &{storage for "short, in the frame:"}:
./memstats_concat.go:61:14:     from "short, in the frame:" (spill) at ./memstats_concat.go:61:14
./memstats_concat.go:61:14:     from ... argument (slice-literal-element) at ./memstats_concat.go:61:13
./memstats_concat.go:61:14:   flow: {heap} = {storage for ... argument}:
./memstats_concat.go:61:14:     from ... argument (spill) at ./memstats_concat.go:61:13
./memstats_concat.go:61:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_concat.go:61:13
./memstats_concat.go:56:13: func literal does not escape
./memstats_concat.go:61:13: ... argument does not escape
./memstats_concat.go:61:14: "short, in the frame:" escapes to heap
./memstats_concat.go:61:40: c < 10 escapes to heap
./memstats_concat.go:61:40: n escapes to heap
./memstats_concat.go:63:12: func literal does not escape
./memstats_concat.go:68:13: ... argument does not escape
./memstats_concat.go:68:14: "long, one per call:" escapes to heap
./memstats_concat.go:68:47: c >= 1000 && c < 1010 escapes to heap
./memstats_concat.go:68:47: n escapes to heap
./memstats_concat.go:69:12: func literal does not escape
./memstats_concat.go:74:13: ... argument does not escape
./memstats_concat.go:74:14: "escaping chain of 4, one per call:" escapes to heap
./memstats_concat.go:74:62: c >= 1000 && c < 1010 escapes to heap
./memstats_concat.go:74:62: sink escapes to heap
./memstats_concat.go:76:12: func literal does not escape
./memstats_concat.go:81:13: ... argument does not escape
./memstats_concat.go:81:14: "single operand, none:" escapes to heap
./memstats_concat.go:81:41: c < 10 escapes to heap
./memstats_concat.go:81:41: n escapes to heap
./memstats_concat.go:81:41: sink escapes to heap
./memstats_concat.go:82:12: func literal does not escape
./memstats_concat.go:89:13: ... argument does not escape
./memstats_concat.go:89:14: "s += t, one per statement:" escapes to heap
./memstats_concat.go:89:52: c >= 99 && c < 110 escapes to heap
./memstats_concat.go:89:67: len(sink) escapes to heap
