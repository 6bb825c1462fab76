./slice_large.go:9:11: make([]int, n) escapes to heap:
./slice_large.go:9:11:   flow: {heap} = &{storage for make([]int, n)}:
./slice_large.go:9:11:     from make([]int, n) (too large for stack) at ./slice_large.go:9:11
./slice_large.go:19:11: make([]int, n / 2) escapes to heap:
./slice_large.go:19:11:   flow: {heap} = &{storage for make([]int, n / 2)}:
./slice_large.go:19:11:     from make([]int, n / 2) (too large for stack) at ./slice_large.go:19:11
./slice_large.go:35:14: make([]string, 50000) escapes to heap:
./slice_large.go:35:14:   flow: {heap} = &{storage for make([]string, 50000)}:
./slice_large.go:35:14:     from make([]string, 50000) (too large for stack) at ./slice_large.go:35:14
./slice_large.go:45:13: cnt escapes to heap:
./slice_large.go:45:13:   flow: {storage for ... argument} = &{storage for cnt}:
./slice_large.go:45:13:     from cnt (spill) at ./slice_large.go:45:13
./slice_large.go:45:13:     from ... argument (slice-literal-element) at ./slice_large.go:45:13
./slice_large.go:45:13:   flow: {heap} = {storage for ... argument}:
./slice_large.go:45:13:     from ... argument (spill) at ./slice_large.go:45:13
./slice_large.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:45:13
./slice_large.go:33:45: string(bs[len(bs) - 3:]) escapes to heap:
./slice_large.go:33:45:   flow: {storage for ... argument} = &{storage for string(bs[len(bs) - 3:])}:
./slice_large.go:33:45:     from string(bs[len(bs) - 3:]) (spill) at ./slice_large.go:33:45
./slice_large.go:33:45:     from ... argument (slice-literal-element) at ./slice_large.go:33:13
./slice_large.go:33:45:   flow: {heap} = {storage for ... argument}:
./slice_large.go:33:45:     from ... argument (spill) at ./slice_large.go:33:13
./slice_large.go:33:45:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:33:13
./slice_large.go:33:29: string(bs[:5]) escapes to heap:
./slice_large.go:33:29:   flow: {storage for ... argument} = &{storage for string(bs[:5])}:
./slice_large.go:33:29:     from string(bs[:5]) (spill) at ./slice_large.go:33:29
./slice_large.go:33:29:     from ... argument (slice-literal-element) at ./slice_large.go:33:13
./slice_large.go:33:29:   flow: {heap} = {storage for ... argument}:
./slice_large.go:33:29:     from ... argument (spill) at ./slice_large.go:33:13
./slice_large.go:33:29:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:33:13
./slice_large.go:33:17: len(bs) escapes to heap:
./slice_large.go:33:17:   flow: {storage for ... argument} = &{storage for len(bs)}:
./slice_large.go:33:17:     from len(bs) (spill) at ./slice_large.go:33:17
./slice_large.go:33:17:     from ... argument (slice-literal-element) at ./slice_large.go:33:13
./slice_large.go:33:17:   flow: {heap} = {storage for ... argument}:
./slice_large.go:33:17:     from ... argument (spill) at ./slice_large.go:33:13
./slice_large.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:33:13
./slice_large.go:27:48: grown[n - 1] escapes to heap:
./slice_large.go:27:48:   flow: {storage for ... argument} = &{storage for grown[n - 1]}:
./slice_large.go:27:48:     from grown[n - 1] (spill) at ./slice_large.go:27:48
./slice_large.go:27:48:     from ... argument (slice-literal-element) at ./slice_large.go:27:13
./slice_large.go:27:48:   flow: {heap} = {storage for ... argument}:
./slice_large.go:27:48:     from ... argument (spill) at ./slice_large.go:27:13
./slice_large.go:27:48:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:27:13
./slice_large.go:27:37: cap(grown) >= n escapes to heap:
./slice_large.go:27:37:   flow: {storage for ... argument} = &{storage for cap(grown) >= n}:
./slice_large.go:27:37:     from cap(grown) >= n (spill) at ./slice_large.go:27:37
./slice_large.go:27:37:     from ... argument (slice-literal-element) at ./slice_large.go:27:13
./slice_large.go:27:37:   flow: {heap} = {storage for ... argument}:
./slice_large.go:27:37:     from ... argument (spill) at ./slice_large.go:27:13
./slice_large.go:27:37:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:27:13
./slice_large.go:27:17: len(grown) escapes to heap:
./slice_large.go:27:17:   flow: {storage for ... argument} = &{storage for len(grown)}:
./slice_large.go:27:17:     from len(grown) (spill) at ./slice_large.go:27:17
./slice_large.go:27:17:     from ... argument (slice-literal-element) at ./slice_large.go:27:13
./slice_large.go:27:17:   flow: {heap} = {storage for ... argument}:
./slice_large.go:27:17:     from ... argument (spill) at ./slice_large.go:27:13
./slice_large.go:27:17:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:27:13
./slice_large.go:21:24: t[len(t) - 1] escapes to heap:
./slice_large.go:21:24:   flow: {storage for ... argument} = &{storage for t[len(t) - 1]}:
./slice_large.go:21:24:     from t[len(t) - 1] (spill) at ./slice_large.go:21:24
./slice_large.go:21:24:     from ... argument (slice-literal-element) at ./slice_large.go:21:13
./slice_large.go:21:24:   flow: {heap} = {storage for ... argument}:
./slice_large.go:21:24:     from ... argument (spill) at ./slice_large.go:21:13
./slice_large.go:21:24:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:21:13
./slice_large.go:21:18: t[0] escapes to heap:
./slice_large.go:21:18:   flow: {storage for ... argument} = &{storage for t[0]}:
./slice_large.go:21:18:     from t[0] (spill) at ./slice_large.go:21:18
./slice_large.go:21:18:     from ... argument (slice-literal-element) at ./slice_large.go:21:13
./slice_large.go:21:18:   flow: {heap} = {storage for ... argument}:
./slice_large.go:21:18:     from ... argument (spill) at ./slice_large.go:21:13
./slice_large.go:21:18:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:21:13
./slice_large.go:21:13: c escapes to heap:
./slice_large.go:21:13:   flow: {storage for ... argument} = &{storage for c}:
./slice_large.go:21:13:     from c (spill) at ./slice_large.go:21:13
./slice_large.go:21:13:     from ... argument (slice-literal-element) at ./slice_large.go:21:13
./slice_large.go:21:13:   flow: {heap} = {storage for ... argument}:
./slice_large.go:21:13:     from ... argument (spill) at ./slice_large.go:21:13
./slice_large.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:21:13
./slice_large.go:17:17: total escapes to heap:
./slice_large.go:17:17:   flow: {storage for ... argument} = &{storage for total}:
./slice_large.go:17:17:     from total (spill) at ./slice_large.go:17:17
./slice_large.go:17:17:     from ... argument (slice-literal-element) at ./slice_large.go:17:13
./slice_large.go:17:17:   flow: {heap} = {storage for ... argument}:
./slice_large.go:17:17:     from ... argument (spill) at ./slice_large.go:17:13
./slice_large.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:17:13
./slice_large.go:17:17: len(s) escapes to heap:
./slice_large.go:17:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_large.go:17:17:     from len(s) (spill) at ./slice_large.go:17:17
./slice_large.go:17:17:     from ... argument (slice-literal-element) at ./slice_large.go:17:13
./slice_large.go:17:17:   flow: {heap} = {storage for ... argument}:
./slice_large.go:17:17:     from ... argument (spill) at ./slice_large.go:17:13
./slice_large.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./slice_large.go:17:13
./slice_large.go:33:45: string(bs[len(bs) - 3:]) escapes to heap:
./slice_large.go:33:45:   flow: {storage for string(bs[len(bs) - 3:])} = &{storage for string(bs[len(bs) - 3:])}:
./slice_large.go:33:45:     from string(bs[len(bs) - 3:]) (spill) at ./slice_large.go:33:45
./slice_large.go:33:45:     from string(bs[len(bs) - 3:]) (interface-converted) at ./slice_large.go:33:45
./slice_large.go:33:29: string(bs[:5]) escapes to heap:
./slice_large.go:33:29:   flow: {storage for string(bs[:5])} = &{storage for string(bs[:5])}:
./slice_large.go:33:29:     from string(bs[:5]) (spill) at ./slice_large.go:33:29
./slice_large.go:33:29:     from string(bs[:5]) (interface-converted) at ./slice_large.go:33:29
./slice_large.go:9:11: make([]int, n) escapes to heap
./slice_large.go:17:13: ... argument does not escape
./slice_large.go:17:17: len(s) escapes to heap
./slice_large.go:17:17: total escapes to heap
./slice_large.go:19:11: make([]int, n / 2) escapes to heap
./slice_large.go:21:13: ... argument does not escape
./slice_large.go:21:13: c escapes to heap
./slice_large.go:21:18: t[0] escapes to heap
./slice_large.go:21:24: t[len(t) - 1] escapes to heap
./slice_large.go:27:13: ... argument does not escape
./slice_large.go:27:17: len(grown) escapes to heap
./slice_large.go:27:37: cap(grown) >= n escapes to heap
./slice_large.go:27:48: grown[n - 1] escapes to heap
./slice_large.go:29:12: make([]byte, 0, 16) does not escape
./slice_large.go:33:13: ... argument does not escape
./slice_large.go:33:17: len(bs) escapes to heap
./slice_large.go:33:29: string(bs[:5]) escapes to heap
./slice_large.go:33:29: string(bs[:5]) escapes to heap
./slice_large.go:33:45: string(bs[len(bs) - 3:]) escapes to heap
./slice_large.go:33:45: string(bs[len(bs) - 3:]) escapes to heap
./slice_large.go:35:14: make([]string, 50000) escapes to heap
./slice_large.go:45:13: ... argument does not escape
./slice_large.go:45:13: cnt escapes to heap
