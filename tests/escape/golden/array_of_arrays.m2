./array_of_arrays.go:42:13: t escapes to heap:
./array_of_arrays.go:42:13:   flow: {storage for ... argument} = &{storage for t}:
./array_of_arrays.go:42:13:     from t (spill) at ./array_of_arrays.go:42:13
./array_of_arrays.go:42:13:     from ... argument (slice-literal-element) at ./array_of_arrays.go:42:13
./array_of_arrays.go:42:13:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:42:13:     from ... argument (spill) at ./array_of_arrays.go:42:13
./array_of_arrays.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:42:13
./array_of_arrays.go:38:15: m[0] escapes to heap:
./array_of_arrays.go:38:15:   flow: {storage for ... argument} = &{storage for m[0]}:
./array_of_arrays.go:38:15:     from m[0] (spill) at ./array_of_arrays.go:38:15
./array_of_arrays.go:38:15:     from ... argument (slice-literal-element) at ./array_of_arrays.go:38:13
./array_of_arrays.go:38:15:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:38:15:     from ... argument (spill) at ./array_of_arrays.go:38:13
./array_of_arrays.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:38:13
./array_of_arrays.go:33:14: sum escapes to heap:
./array_of_arrays.go:33:14:   flow: {storage for ... argument} = &{storage for sum}:
./array_of_arrays.go:33:14:     from sum (spill) at ./array_of_arrays.go:33:14
./array_of_arrays.go:33:14:     from ... argument (slice-literal-element) at ./array_of_arrays.go:33:13
./array_of_arrays.go:33:14:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:33:14:     from ... argument (spill) at ./array_of_arrays.go:33:13
./array_of_arrays.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:33:13
./array_of_arrays.go:33:14: "sum" escapes to heap:
./array_of_arrays.go:33:14:   flow: {storage for ... argument} = &{storage for "sum"}:
./array_of_arrays.go:33:14:     from "sum" (spill) at ./array_of_arrays.go:33:14
./array_of_arrays.go:33:14:     from ... argument (slice-literal-element) at ./array_of_arrays.go:33:13
./array_of_arrays.go:33:14:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:33:14:     from ... argument (spill) at ./array_of_arrays.go:33:13
./array_of_arrays.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:33:13
./array_of_arrays.go:25:32: len(cube[1][1]) escapes to heap:
./array_of_arrays.go:25:32:   flow: {storage for ... argument} = &{storage for len(cube[1][1])}:
./array_of_arrays.go:25:32:     from len(cube[1][1]) (spill) at ./array_of_arrays.go:25:32
./array_of_arrays.go:25:32:     from ... argument (slice-literal-element) at ./array_of_arrays.go:25:13
./array_of_arrays.go:25:32:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:25:32:     from ... argument (spill) at ./array_of_arrays.go:25:13
./array_of_arrays.go:25:32:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:25:13
./array_of_arrays.go:25:24: cube[1][0][1] escapes to heap:
./array_of_arrays.go:25:24:   flow: {storage for ... argument} = &{storage for cube[1][0][1]}:
./array_of_arrays.go:25:24:     from cube[1][0][1] (spill) at ./array_of_arrays.go:25:24
./array_of_arrays.go:25:24:     from ... argument (slice-literal-element) at ./array_of_arrays.go:25:13
./array_of_arrays.go:25:24:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:25:24:     from ... argument (spill) at ./array_of_arrays.go:25:13
./array_of_arrays.go:25:24:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:25:13
./array_of_arrays.go:24:13: cube escapes to heap:
./array_of_arrays.go:24:13:   flow: {storage for ... argument} = &{storage for cube}:
./array_of_arrays.go:24:13:     from cube (spill) at ./array_of_arrays.go:24:13
./array_of_arrays.go:24:13:     from ... argument (slice-literal-element) at ./array_of_arrays.go:24:13
./array_of_arrays.go:24:13:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:24:13:     from ... argument (spill) at ./array_of_arrays.go:24:13
./array_of_arrays.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:24:13
./array_of_arrays.go:21:15: m[2] escapes to heap:
./array_of_arrays.go:21:15:   flow: {storage for ... argument} = &{storage for m[2]}:
./array_of_arrays.go:21:15:     from m[2] (spill) at ./array_of_arrays.go:21:15
./array_of_arrays.go:21:15:     from ... argument (slice-literal-element) at ./array_of_arrays.go:21:13
./array_of_arrays.go:21:15:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:21:15:     from ... argument (spill) at ./array_of_arrays.go:21:13
./array_of_arrays.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:21:13
./array_of_arrays.go:18:15: r escapes to heap:
./array_of_arrays.go:18:15:   flow: {storage for ... argument} = &{storage for r}:
./array_of_arrays.go:18:15:     from r (spill) at ./array_of_arrays.go:18:15
./array_of_arrays.go:18:15:     from ... argument (slice-literal-element) at ./array_of_arrays.go:18:13
./array_of_arrays.go:18:15:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:18:15:     from ... argument (spill) at ./array_of_arrays.go:18:13
./array_of_arrays.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:18:13
./array_of_arrays.go:18:15: m[1] escapes to heap:
./array_of_arrays.go:18:15:   flow: {storage for ... argument} = &{storage for m[1]}:
./array_of_arrays.go:18:15:     from m[1] (spill) at ./array_of_arrays.go:18:15
./array_of_arrays.go:18:15:     from ... argument (slice-literal-element) at ./array_of_arrays.go:18:13
./array_of_arrays.go:18:15:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:18:15:     from ... argument (spill) at ./array_of_arrays.go:18:13
./array_of_arrays.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:18:13
./array_of_arrays.go:14:25: len(m[0]) escapes to heap:
./array_of_arrays.go:14:25:   flow: {storage for ... argument} = &{storage for len(m[0])}:
./array_of_arrays.go:14:25:     from len(m[0]) (spill) at ./array_of_arrays.go:14:25
./array_of_arrays.go:14:25:     from ... argument (slice-literal-element) at ./array_of_arrays.go:14:13
./array_of_arrays.go:14:25:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:14:25:     from ... argument (spill) at ./array_of_arrays.go:14:13
./array_of_arrays.go:14:25:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:14:13
./array_of_arrays.go:14:17: len(m) escapes to heap:
./array_of_arrays.go:14:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./array_of_arrays.go:14:17:     from len(m) (spill) at ./array_of_arrays.go:14:17
./array_of_arrays.go:14:17:     from ... argument (slice-literal-element) at ./array_of_arrays.go:14:13
./array_of_arrays.go:14:17:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:14:17:     from ... argument (spill) at ./array_of_arrays.go:14:13
./array_of_arrays.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:14:13
./array_of_arrays.go:13:13: m escapes to heap:
./array_of_arrays.go:13:13:   flow: {storage for ... argument} = &{storage for m}:
./array_of_arrays.go:13:13:     from m (spill) at ./array_of_arrays.go:13:13
./array_of_arrays.go:13:13:     from ... argument (slice-literal-element) at ./array_of_arrays.go:13:13
./array_of_arrays.go:13:13:   flow: {heap} = {storage for ... argument}:
./array_of_arrays.go:13:13:     from ... argument (spill) at ./array_of_arrays.go:13:13
./array_of_arrays.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./array_of_arrays.go:13:13
./array_of_arrays.go:13:13: ... argument does not escape
./array_of_arrays.go:13:13: m escapes to heap
./array_of_arrays.go:14:13: ... argument does not escape
./array_of_arrays.go:14:17: len(m) escapes to heap
./array_of_arrays.go:14:25: len(m[0]) escapes to heap
./array_of_arrays.go:18:13: ... argument does not escape
./array_of_arrays.go:18:15: m[1] escapes to heap
./array_of_arrays.go:18:15: r escapes to heap
./array_of_arrays.go:21:13: ... argument does not escape
./array_of_arrays.go:21:15: m[2] escapes to heap
./array_of_arrays.go:24:13: ... argument does not escape
./array_of_arrays.go:24:13: cube escapes to heap
./array_of_arrays.go:25:13: ... argument does not escape
./array_of_arrays.go:25:24: cube[1][0][1] escapes to heap
./array_of_arrays.go:25:32: len(cube[1][1]) escapes to heap
./array_of_arrays.go:33:13: ... argument does not escape
./array_of_arrays.go:33:14: "sum" escapes to heap
./array_of_arrays.go:33:14: sum escapes to heap
./array_of_arrays.go:38:13: ... argument does not escape
./array_of_arrays.go:38:15: m[0] escapes to heap
./array_of_arrays.go:42:13: ... argument does not escape
./array_of_arrays.go:42:13: t escapes to heap
