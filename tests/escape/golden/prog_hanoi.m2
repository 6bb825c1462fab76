./prog_hanoi.go:19:8: "illegal move" escapes to heap:
./prog_hanoi.go:19:8:   flow: {heap} = &{storage for "illegal move"}:
./prog_hanoi.go:19:8:     from "illegal move" (spill) at ./prog_hanoi.go:19:8
./prog_hanoi.go:19:8:     from panic("illegal move") (call parameter) at ./prog_hanoi.go:19:8
./prog_hanoi.go:14:7: parameter t leaks to {heap} with derefs=1:
./prog_hanoi.go:14:7:   flow: {heap} = *t:
./prog_hanoi.go:14:7:     from t.Pegs (dot of pointer) at ./prog_hanoi.go:21:23
./prog_hanoi.go:14:7:     from t.Pegs[to] (fixed-array-index-of) at ./prog_hanoi.go:21:28
./prog_hanoi.go:14:7:     from append(t.Pegs[to], disk) (call parameter) at ./prog_hanoi.go:21:21
./prog_hanoi.go:14:7:     from t.Pegs[to] = append(t.Pegs[to], disk) (assign) at ./prog_hanoi.go:21:13
./prog_hanoi.go:14:7: leaking param content: t
./prog_hanoi.go:19:8: "illegal move" escapes to heap
./prog_hanoi.go:25:7: parameter t leaks to {heap} with derefs=1:
./prog_hanoi.go:25:7:   flow: {heap} = *t:
./prog_hanoi.go:25:7:     from (*Towers).move(t, from, to) (call parameter) at ./prog_hanoi.go:30:8
./prog_hanoi.go:25:7: leaking param content: t
./prog_hanoi.go:54:68: len(big.Pegs[2]) escapes to heap:
./prog_hanoi.go:54:68:   flow: {storage for ... argument} = &{storage for len(big.Pegs[2])}:
./prog_hanoi.go:54:68:     from len(big.Pegs[2]) (spill) at ./prog_hanoi.go:54:68
./prog_hanoi.go:54:68:     from ... argument (slice-literal-element) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:68:   flow: {heap} = {storage for ... argument}:
./prog_hanoi.go:54:68:     from ... argument (spill) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:68:     from fmt.Println(... argument...) (call parameter) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:50: len(big.Pegs[0]) escapes to heap:
./prog_hanoi.go:54:50:   flow: {storage for ... argument} = &{storage for len(big.Pegs[0])}:
./prog_hanoi.go:54:50:     from len(big.Pegs[0]) (spill) at ./prog_hanoi.go:54:50
./prog_hanoi.go:54:50:     from ... argument (slice-literal-element) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:50:   flow: {heap} = {storage for ... argument}:
./prog_hanoi.go:54:50:     from ... argument (spill) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:50:     from fmt.Println(... argument...) (call parameter) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:41: big.Pegs[1][:3] escapes to heap:
./prog_hanoi.go:54:41:   flow: {storage for ... argument} = &{storage for big.Pegs[1][:3]}:
./prog_hanoi.go:54:41:     from big.Pegs[1][:3] (spill) at ./prog_hanoi.go:54:41
./prog_hanoi.go:54:41:     from ... argument (slice-literal-element) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:41:   flow: {heap} = {storage for ... argument}:
./prog_hanoi.go:54:41:     from ... argument (spill) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:41:     from fmt.Println(... argument...) (call parameter) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:17: len(big.Moves) escapes to heap:
./prog_hanoi.go:54:17:   flow: {storage for ... argument} = &{storage for len(big.Moves)}:
./prog_hanoi.go:54:17:     from len(big.Moves) (spill) at ./prog_hanoi.go:54:17
./prog_hanoi.go:54:17:     from ... argument (slice-literal-element) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:17:   flow: {heap} = {storage for ... argument}:
./prog_hanoi.go:54:17:     from ... argument (spill) at ./prog_hanoi.go:54:13
./prog_hanoi.go:54:17:     from fmt.Println(... argument...) (call parameter) at ./prog_hanoi.go:54:13
./prog_hanoi.go:43:24: map[Move]int{} escapes to heap:
./prog_hanoi.go:43:24:   flow: counts = &{storage for map[Move]int{}}:
./prog_hanoi.go:43:24:     from map[Move]int{} (spill) at ./prog_hanoi.go:43:24
./prog_hanoi.go:43:24:     from counts := map[Move]int{} (assign) at ./prog_hanoi.go:43:9
./prog_hanoi.go:43:24:   flow: {storage for ... argument} = counts:
./prog_hanoi.go:43:24:     from counts (interface-converted) at ./prog_hanoi.go:47:13
./prog_hanoi.go:43:24:     from ... argument (slice-literal-element) at ./prog_hanoi.go:47:13
./prog_hanoi.go:43:24:   flow: {heap} = {storage for ... argument}:
./prog_hanoi.go:43:24:     from ... argument (spill) at ./prog_hanoi.go:47:13
./prog_hanoi.go:43:24:     from fmt.Println(... argument...) (call parameter) at ./prog_hanoi.go:47:13
./prog_hanoi.go:42:21: t.Moves[:5] escapes to heap:
./prog_hanoi.go:42:21:   flow: {storage for ... argument} = &{storage for t.Moves[:5]}:
./prog_hanoi.go:42:21:     from t.Moves[:5] (spill) at ./prog_hanoi.go:42:21
./prog_hanoi.go:42:21:     from ... argument (slice-literal-element) at ./prog_hanoi.go:42:13
./prog_hanoi.go:42:21:   flow: {heap} = {storage for ... argument}:
./prog_hanoi.go:42:21:     from ... argument (spill) at ./prog_hanoi.go:42:13
./prog_hanoi.go:42:21:     from fmt.Println(... argument...) (call parameter) at ./prog_hanoi.go:42:13
./prog_hanoi.go:41:25: len(t.Moves) escapes to heap:
./prog_hanoi.go:41:25:   flow: {storage for ... argument} = &{storage for len(t.Moves)}:
./prog_hanoi.go:41:25:     from len(t.Moves) (spill) at ./prog_hanoi.go:41:25
./prog_hanoi.go:41:25:     from ... argument (slice-literal-element) at ./prog_hanoi.go:41:13
./prog_hanoi.go:41:25:   flow: {heap} = {storage for ... argument}:
./prog_hanoi.go:41:25:     from ... argument (spill) at ./prog_hanoi.go:41:13
./prog_hanoi.go:41:25:     from fmt.Println(... argument...) (call parameter) at ./prog_hanoi.go:41:13
./prog_hanoi.go:41:15: t.Pegs escapes to heap:
./prog_hanoi.go:41:15:   flow: {storage for ... argument} = &{storage for t.Pegs}:
./prog_hanoi.go:41:15:     from t.Pegs (spill) at ./prog_hanoi.go:41:15
./prog_hanoi.go:41:15:     from ... argument (slice-literal-element) at ./prog_hanoi.go:41:13
./prog_hanoi.go:41:15:   flow: {heap} = {storage for ... argument}:
./prog_hanoi.go:41:15:     from ... argument (spill) at ./prog_hanoi.go:41:13
./prog_hanoi.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./prog_hanoi.go:41:13
./prog_hanoi.go:39:15: t.Pegs escapes to heap:
./prog_hanoi.go:39:15:   flow: {storage for ... argument} = &{storage for t.Pegs}:
./prog_hanoi.go:39:15:     from t.Pegs (spill) at ./prog_hanoi.go:39:15
./prog_hanoi.go:39:15:     from ... argument (slice-literal-element) at ./prog_hanoi.go:39:13
./prog_hanoi.go:39:15:   flow: {heap} = {storage for ... argument}:
./prog_hanoi.go:39:15:     from ... argument (spill) at ./prog_hanoi.go:39:13
./prog_hanoi.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./prog_hanoi.go:39:13
./prog_hanoi.go:39:13: ... argument does not escape
./prog_hanoi.go:39:15: t.Pegs escapes to heap
./prog_hanoi.go:41:13: ... argument does not escape
./prog_hanoi.go:41:15: t.Pegs escapes to heap
./prog_hanoi.go:41:25: len(t.Moves) escapes to heap
./prog_hanoi.go:42:13: ... argument does not escape
./prog_hanoi.go:42:21: t.Moves[:5] escapes to heap
./prog_hanoi.go:43:24: map[Move]int{} escapes to heap
./prog_hanoi.go:47:13: ... argument does not escape
./prog_hanoi.go:54:13: ... argument does not escape
./prog_hanoi.go:54:17: len(big.Moves) escapes to heap
./prog_hanoi.go:54:41: big.Pegs[1][:3] escapes to heap
./prog_hanoi.go:54:50: len(big.Pegs[0]) escapes to heap
./prog_hanoi.go:54:68: len(big.Pegs[2]) escapes to heap
