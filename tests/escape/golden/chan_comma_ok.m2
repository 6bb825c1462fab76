./chan_comma_ok.go:18:2: x escapes to heap:
./chan_comma_ok.go:18:2:   flow: {heap} = &x:
./chan_comma_ok.go:18:2:     from &x (address-of) at ./chan_comma_ok.go:19:7
./chan_comma_ok.go:18:2:     from p <- &x (send) at ./chan_comma_ok.go:19:4
./chan_comma_ok.go:24:16: ok3 escapes to heap:
./chan_comma_ok.go:24:16:   flow: {storage for ... argument} = &{storage for ok3}:
./chan_comma_ok.go:24:16:     from ok3 (spill) at ./chan_comma_ok.go:24:16
./chan_comma_ok.go:24:16:     from ... argument (slice-literal-element) at ./chan_comma_ok.go:24:13
./chan_comma_ok.go:24:16:   flow: {heap} = {storage for ... argument}:
./chan_comma_ok.go:24:16:     from ... argument (spill) at ./chan_comma_ok.go:24:13
./chan_comma_ok.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./chan_comma_ok.go:24:13
./chan_comma_ok.go:24:16: q == nil escapes to heap:
./chan_comma_ok.go:24:16:   flow: {storage for ... argument} = &{storage for q == nil}:
./chan_comma_ok.go:24:16:     from q == nil (spill) at ./chan_comma_ok.go:24:16
./chan_comma_ok.go:24:16:     from ... argument (slice-literal-element) at ./chan_comma_ok.go:24:13
./chan_comma_ok.go:24:16:   flow: {heap} = {storage for ... argument}:
./chan_comma_ok.go:24:16:     from ... argument (spill) at ./chan_comma_ok.go:24:13
./chan_comma_ok.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./chan_comma_ok.go:24:13
./chan_comma_ok.go:21:14: ok3 escapes to heap:
./chan_comma_ok.go:21:14:   flow: {storage for ... argument} = &{storage for ok3}:
./chan_comma_ok.go:21:14:     from ok3 (spill) at ./chan_comma_ok.go:21:14
./chan_comma_ok.go:21:14:     from ... argument (slice-literal-element) at ./chan_comma_ok.go:21:13
./chan_comma_ok.go:21:14:   flow: {heap} = {storage for ... argument}:
./chan_comma_ok.go:21:14:     from ... argument (spill) at ./chan_comma_ok.go:21:13
./chan_comma_ok.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./chan_comma_ok.go:21:13
./chan_comma_ok.go:21:14: *q escapes to heap:
./chan_comma_ok.go:21:14:   flow: {storage for ... argument} = &{storage for *q}:
./chan_comma_ok.go:21:14:     from *q (spill) at ./chan_comma_ok.go:21:14
./chan_comma_ok.go:21:14:     from ... argument (slice-literal-element) at ./chan_comma_ok.go:21:13
./chan_comma_ok.go:21:14:   flow: {heap} = {storage for ... argument}:
./chan_comma_ok.go:21:14:     from ... argument (spill) at ./chan_comma_ok.go:21:13
./chan_comma_ok.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./chan_comma_ok.go:21:13
./chan_comma_ok.go:16:17: ok2 escapes to heap:
./chan_comma_ok.go:16:17:   flow: {storage for ... argument} = &{storage for ok2}:
./chan_comma_ok.go:16:17:     from ok2 (spill) at ./chan_comma_ok.go:16:17
./chan_comma_ok.go:16:17:     from ... argument (slice-literal-element) at ./chan_comma_ok.go:16:13
./chan_comma_ok.go:16:17:   flow: {heap} = {storage for ... argument}:
./chan_comma_ok.go:16:17:     from ... argument (spill) at ./chan_comma_ok.go:16:13
./chan_comma_ok.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./chan_comma_ok.go:16:13
./chan_comma_ok.go:16:17: len(w) escapes to heap:
./chan_comma_ok.go:16:17:   flow: {storage for ... argument} = &{storage for len(w)}:
./chan_comma_ok.go:16:17:     from len(w) (spill) at ./chan_comma_ok.go:16:17
./chan_comma_ok.go:16:17:     from ... argument (slice-literal-element) at ./chan_comma_ok.go:16:13
./chan_comma_ok.go:16:17:   flow: {heap} = {storage for ... argument}:
./chan_comma_ok.go:16:17:     from ... argument (spill) at ./chan_comma_ok.go:16:13
./chan_comma_ok.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./chan_comma_ok.go:16:13
./chan_comma_ok.go:12:13: ok escapes to heap:
./chan_comma_ok.go:12:13:   flow: {storage for ... argument} = &{storage for ok}:
./chan_comma_ok.go:12:13:     from ok (spill) at ./chan_comma_ok.go:12:13
./chan_comma_ok.go:12:13:     from ... argument (slice-literal-element) at ./chan_comma_ok.go:12:12
./chan_comma_ok.go:12:13:   flow: {heap} = {storage for ... argument}:
./chan_comma_ok.go:12:13:     from ... argument (spill) at ./chan_comma_ok.go:12:12
./chan_comma_ok.go:12:13:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./chan_comma_ok.go:12:12
./chan_comma_ok.go:12:13: v escapes to heap:
./chan_comma_ok.go:12:13:   flow: {storage for ... argument} = &{storage for v}:
./chan_comma_ok.go:12:13:     from v (spill) at ./chan_comma_ok.go:12:13
./chan_comma_ok.go:12:13:     from ... argument (slice-literal-element) at ./chan_comma_ok.go:12:12
./chan_comma_ok.go:12:13:   flow: {heap} = {storage for ... argument}:
./chan_comma_ok.go:12:13:     from ... argument (spill) at ./chan_comma_ok.go:12:12
./chan_comma_ok.go:12:13:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./chan_comma_ok.go:12:12
./chan_comma_ok.go:10:13: ok escapes to heap:
./chan_comma_ok.go:10:13:   flow: {storage for ... argument} = &{storage for ok}:
./chan_comma_ok.go:10:13:     from ok (spill) at ./chan_comma_ok.go:10:13
./chan_comma_ok.go:10:13:     from ... argument (slice-literal-element) at ./chan_comma_ok.go:10:12
./chan_comma_ok.go:10:13:   flow: {heap} = {storage for ... argument}:
./chan_comma_ok.go:10:13:     from ... argument (spill) at ./chan_comma_ok.go:10:12
./chan_comma_ok.go:10:13:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./chan_comma_ok.go:10:12
./chan_comma_ok.go:10:13: v escapes to heap:
./chan_comma_ok.go:10:13:   flow: {storage for ... argument} = &{storage for v}:
./chan_comma_ok.go:10:13:     from v (spill) at ./chan_comma_ok.go:10:13
./chan_comma_ok.go:10:13:     from ... argument (slice-literal-element) at ./chan_comma_ok.go:10:12
./chan_comma_ok.go:10:13:   flow: {heap} = {storage for ... argument}:
./chan_comma_ok.go:10:13:     from ... argument (spill) at ./chan_comma_ok.go:10:12
./chan_comma_ok.go:10:13:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./chan_comma_ok.go:10:12
./chan_comma_ok.go:18:2: moved to heap: x
./chan_comma_ok.go:10:12: ... argument does not escape
./chan_comma_ok.go:10:13: v escapes to heap
./chan_comma_ok.go:10:13: ok escapes to heap
./chan_comma_ok.go:12:12: ... argument does not escape
./chan_comma_ok.go:12:13: v escapes to heap
./chan_comma_ok.go:12:13: ok escapes to heap
./chan_comma_ok.go:16:13: ... argument does not escape
./chan_comma_ok.go:16:17: len(w) escapes to heap
./chan_comma_ok.go:16:17: ok2 escapes to heap
./chan_comma_ok.go:21:13: ... argument does not escape
./chan_comma_ok.go:21:14: *q escapes to heap
./chan_comma_ok.go:21:14: ok3 escapes to heap
./chan_comma_ok.go:24:13: ... argument does not escape
./chan_comma_ok.go:24:16: q == nil escapes to heap
./chan_comma_ok.go:24:16: ok3 escapes to heap
