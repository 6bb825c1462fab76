./slice_copy.go:49:13: arr escapes to heap:
./slice_copy.go:49:13:   flow: {storage for ... argument} = &{storage for arr}:
./slice_copy.go:49:13:     from arr (spill) at ./slice_copy.go:49:13
./slice_copy.go:49:13:     from ... argument (slice-literal-element) at ./slice_copy.go:49:13
./slice_copy.go:49:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:49:13:     from ... argument (spill) at ./slice_copy.go:49:13
./slice_copy.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:49:13
./slice_copy.go:44:13: dt escapes to heap:
./slice_copy.go:44:13:   flow: {storage for ... argument} = &{storage for dt}:
./slice_copy.go:44:13:     from dt (spill) at ./slice_copy.go:44:13
./slice_copy.go:44:13:     from ... argument (slice-literal-element) at ./slice_copy.go:44:13
./slice_copy.go:44:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:44:13:     from ... argument (spill) at ./slice_copy.go:44:13
./slice_copy.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:44:13
./slice_copy.go:44:13: st escapes to heap:
./slice_copy.go:44:13:   flow: {storage for ... argument} = &{storage for st}:
./slice_copy.go:44:13:     from st (spill) at ./slice_copy.go:44:13
./slice_copy.go:44:13:     from ... argument (slice-literal-element) at ./slice_copy.go:44:13
./slice_copy.go:44:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:44:13:     from ... argument (spill) at ./slice_copy.go:44:13
./slice_copy.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:44:13
./slice_copy.go:34:18: ts escapes to heap:
./slice_copy.go:34:18:   flow: {storage for ... argument} = &{storage for ts}:
./slice_copy.go:34:18:     from ts (spill) at ./slice_copy.go:34:18
./slice_copy.go:34:18:     from ... argument (slice-literal-element) at ./slice_copy.go:34:13
./slice_copy.go:34:18:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:34:18:     from ... argument (spill) at ./slice_copy.go:34:13
./slice_copy.go:34:18:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:34:13
./slice_copy.go:34:18: copy(ts, ss) escapes to heap:
./slice_copy.go:34:18:   flow: {storage for ... argument} = &{storage for copy(ts, ss)}:
./slice_copy.go:34:18:     from copy(ts, ss) (spill) at ./slice_copy.go:34:18
./slice_copy.go:34:18:     from ... argument (slice-literal-element) at ./slice_copy.go:34:13
./slice_copy.go:34:18:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:34:18:     from ... argument (spill) at ./slice_copy.go:34:13
./slice_copy.go:34:18:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:34:13
./slice_copy.go:30:23: string(bs) escapes to heap:
./slice_copy.go:30:23:   flow: {storage for ... argument} = &{storage for string(bs)}:
./slice_copy.go:30:23:     from string(bs) (spill) at ./slice_copy.go:30:23
./slice_copy.go:30:23:     from ... argument (slice-literal-element) at ./slice_copy.go:30:13
./slice_copy.go:30:23:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:30:23:     from ... argument (spill) at ./slice_copy.go:30:13
./slice_copy.go:30:23:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:30:13
./slice_copy.go:30:13: n escapes to heap:
./slice_copy.go:30:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy.go:30:13:     from n (spill) at ./slice_copy.go:30:13
./slice_copy.go:30:13:     from ... argument (slice-literal-element) at ./slice_copy.go:30:13
./slice_copy.go:30:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:30:13:     from ... argument (spill) at ./slice_copy.go:30:13
./slice_copy.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:30:13
./slice_copy.go:28:13: bs escapes to heap:
./slice_copy.go:28:13:   flow: {storage for ... argument} = &{storage for bs}:
./slice_copy.go:28:13:     from bs (spill) at ./slice_copy.go:28:13
./slice_copy.go:28:13:     from ... argument (slice-literal-element) at ./slice_copy.go:28:13
./slice_copy.go:28:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:28:13:     from ... argument (spill) at ./slice_copy.go:28:13
./slice_copy.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:28:13
./slice_copy.go:28:13: n escapes to heap:
./slice_copy.go:28:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy.go:28:13:     from n (spill) at ./slice_copy.go:28:13
./slice_copy.go:28:13:     from ... argument (slice-literal-element) at ./slice_copy.go:28:13
./slice_copy.go:28:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:28:13:     from ... argument (spill) at ./slice_copy.go:28:13
./slice_copy.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:28:13
./slice_copy.go:24:13: dst escapes to heap:
./slice_copy.go:24:13:   flow: {storage for ... argument} = &{storage for dst}:
./slice_copy.go:24:13:     from dst (spill) at ./slice_copy.go:24:13
./slice_copy.go:24:13:     from ... argument (slice-literal-element) at ./slice_copy.go:24:13
./slice_copy.go:24:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:24:13:     from ... argument (spill) at ./slice_copy.go:24:13
./slice_copy.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:24:13
./slice_copy.go:24:13: n escapes to heap:
./slice_copy.go:24:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy.go:24:13:     from n (spill) at ./slice_copy.go:24:13
./slice_copy.go:24:13:     from ... argument (slice-literal-element) at ./slice_copy.go:24:13
./slice_copy.go:24:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:24:13:     from ... argument (spill) at ./slice_copy.go:24:13
./slice_copy.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:24:13
./slice_copy.go:22:22: nilS == nil escapes to heap:
./slice_copy.go:22:22:   flow: {storage for ... argument} = &{storage for nilS == nil}:
./slice_copy.go:22:22:     from nilS == nil (spill) at ./slice_copy.go:22:22
./slice_copy.go:22:22:     from ... argument (slice-literal-element) at ./slice_copy.go:22:13
./slice_copy.go:22:22:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:22:22:     from ... argument (spill) at ./slice_copy.go:22:13
./slice_copy.go:22:22:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:22:13
./slice_copy.go:22:13: n escapes to heap:
./slice_copy.go:22:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy.go:22:13:     from n (spill) at ./slice_copy.go:22:13
./slice_copy.go:22:13:     from ... argument (slice-literal-element) at ./slice_copy.go:22:13
./slice_copy.go:22:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:22:13:     from ... argument (spill) at ./slice_copy.go:22:13
./slice_copy.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:22:13
./slice_copy.go:18:13: big escapes to heap:
./slice_copy.go:18:13:   flow: {storage for ... argument} = &{storage for big}:
./slice_copy.go:18:13:     from big (spill) at ./slice_copy.go:18:13
./slice_copy.go:18:13:     from ... argument (slice-literal-element) at ./slice_copy.go:18:13
./slice_copy.go:18:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:18:13:     from ... argument (spill) at ./slice_copy.go:18:13
./slice_copy.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:18:13
./slice_copy.go:18:13: n escapes to heap:
./slice_copy.go:18:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy.go:18:13:     from n (spill) at ./slice_copy.go:18:13
./slice_copy.go:18:13:     from ... argument (slice-literal-element) at ./slice_copy.go:18:13
./slice_copy.go:18:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:18:13:     from ... argument (spill) at ./slice_copy.go:18:13
./slice_copy.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:18:13
./slice_copy.go:15:13: big escapes to heap:
./slice_copy.go:15:13:   flow: {storage for ... argument} = &{storage for big}:
./slice_copy.go:15:13:     from big (spill) at ./slice_copy.go:15:13
./slice_copy.go:15:13:     from ... argument (slice-literal-element) at ./slice_copy.go:15:13
./slice_copy.go:15:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:15:13:     from ... argument (spill) at ./slice_copy.go:15:13
./slice_copy.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:15:13
./slice_copy.go:15:13: n escapes to heap:
./slice_copy.go:15:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy.go:15:13:     from n (spill) at ./slice_copy.go:15:13
./slice_copy.go:15:13:     from ... argument (slice-literal-element) at ./slice_copy.go:15:13
./slice_copy.go:15:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:15:13:     from ... argument (spill) at ./slice_copy.go:15:13
./slice_copy.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:15:13
./slice_copy.go:11:13: dst escapes to heap:
./slice_copy.go:11:13:   flow: {storage for ... argument} = &{storage for dst}:
./slice_copy.go:11:13:     from dst (spill) at ./slice_copy.go:11:13
./slice_copy.go:11:13:     from ... argument (slice-literal-element) at ./slice_copy.go:11:13
./slice_copy.go:11:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:11:13:     from ... argument (spill) at ./slice_copy.go:11:13
./slice_copy.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:11:13
./slice_copy.go:11:13: n escapes to heap:
./slice_copy.go:11:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy.go:11:13:     from n (spill) at ./slice_copy.go:11:13
./slice_copy.go:11:13:     from ... argument (slice-literal-element) at ./slice_copy.go:11:13
./slice_copy.go:11:13:   flow: {heap} = {storage for ... argument}:
./slice_copy.go:11:13:     from ... argument (spill) at ./slice_copy.go:11:13
./slice_copy.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy.go:11:13
./slice_copy.go:41:12: make([]T, 1) escapes to heap:
./slice_copy.go:41:12:   flow: dt = &{storage for make([]T, 1)}:
./slice_copy.go:41:12:     from make([]T, 1) (spill) at ./slice_copy.go:41:12
./slice_copy.go:41:12:     from dt := make([]T, 1) (assign) at ./slice_copy.go:41:5
./slice_copy.go:41:12:   flow: {storage for dt} = dt:
./slice_copy.go:41:12:     from dt (interface-converted) at ./slice_copy.go:44:13
./slice_copy.go:40:11: []T{...} escapes to heap:
./slice_copy.go:40:11:   flow: st = &{storage for []T{...}}:
./slice_copy.go:40:11:     from []T{...} (spill) at ./slice_copy.go:40:11
./slice_copy.go:40:11:     from st := []T{...} (assign) at ./slice_copy.go:40:5
./slice_copy.go:40:11:   flow: {storage for st} = st:
./slice_copy.go:40:11:     from st (interface-converted) at ./slice_copy.go:44:13
./slice_copy.go:33:16: []string{...} escapes to heap:
./slice_copy.go:33:16:   flow: ts = &{storage for []string{...}}:
./slice_copy.go:33:16:     from []string{...} (spill) at ./slice_copy.go:33:16
./slice_copy.go:33:16:     from ts := []string{...} (assign) at ./slice_copy.go:33:5
./slice_copy.go:33:16:   flow: {storage for ts} = ts:
./slice_copy.go:33:16:     from ts (interface-converted) at ./slice_copy.go:34:18
./slice_copy.go:30:23: string(bs) escapes to heap:
./slice_copy.go:30:23:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./slice_copy.go:30:23:     from string(bs) (spill) at ./slice_copy.go:30:23
./slice_copy.go:30:23:     from string(bs) (interface-converted) at ./slice_copy.go:30:23
./slice_copy.go:26:12: make([]byte, 4) escapes to heap:
./slice_copy.go:26:12:   flow: bs = &{storage for make([]byte, 4)}:
./slice_copy.go:26:12:     from make([]byte, 4) (spill) at ./slice_copy.go:26:12
./slice_copy.go:26:12:     from bs := make([]byte, 4) (assign) at ./slice_copy.go:26:5
./slice_copy.go:26:12:   flow: {storage for bs} = bs:
./slice_copy.go:26:12:     from bs (interface-converted) at ./slice_copy.go:28:13
./slice_copy.go:9:13: make([]int, 3) escapes to heap:
./slice_copy.go:9:13:   flow: dst = &{storage for make([]int, 3)}:
./slice_copy.go:9:13:     from make([]int, 3) (spill) at ./slice_copy.go:9:13
./slice_copy.go:9:13:     from dst := make([]int, 3) (assign) at ./slice_copy.go:9:6
./slice_copy.go:9:13:   flow: {storage for dst} = dst:
./slice_copy.go:9:13:     from dst (interface-converted) at ./slice_copy.go:24:13
./slice_copy.go:13:13: make([]int, 8) escapes to heap:
./slice_copy.go:13:13:   flow: big = &{storage for make([]int, 8)}:
./slice_copy.go:13:13:     from make([]int, 8) (spill) at ./slice_copy.go:13:13
./slice_copy.go:13:13:     from big := make([]int, 8) (assign) at ./slice_copy.go:13:6
./slice_copy.go:13:13:   flow: {storage for big} = big:
./slice_copy.go:13:13:     from big (interface-converted) at ./slice_copy.go:18:13
./slice_copy.go:8:14: []int{...} does not escape
./slice_copy.go:9:13: make([]int, 3) escapes to heap
./slice_copy.go:11:13: ... argument does not escape
./slice_copy.go:11:13: n escapes to heap
./slice_copy.go:11:13: dst escapes to heap
./slice_copy.go:13:13: make([]int, 8) escapes to heap
./slice_copy.go:15:13: ... argument does not escape
./slice_copy.go:15:13: n escapes to heap
./slice_copy.go:15:13: big escapes to heap
./slice_copy.go:18:13: ... argument does not escape
./slice_copy.go:18:13: n escapes to heap
./slice_copy.go:18:13: big escapes to heap
./slice_copy.go:22:13: ... argument does not escape
./slice_copy.go:22:13: n escapes to heap
./slice_copy.go:22:22: nilS == nil escapes to heap
./slice_copy.go:24:13: ... argument does not escape
./slice_copy.go:24:13: n escapes to heap
./slice_copy.go:24:13: dst escapes to heap
./slice_copy.go:26:12: make([]byte, 4) escapes to heap
./slice_copy.go:28:13: ... argument does not escape
./slice_copy.go:28:13: n escapes to heap
./slice_copy.go:28:13: bs escapes to heap
./slice_copy.go:30:13: ... argument does not escape
./slice_copy.go:30:13: n escapes to heap
./slice_copy.go:30:23: string(bs) escapes to heap
./slice_copy.go:30:23: string(bs) escapes to heap
./slice_copy.go:32:16: []string{...} does not escape
./slice_copy.go:33:16: []string{...} escapes to heap
./slice_copy.go:34:13: ... argument does not escape
./slice_copy.go:34:18: copy(ts, ss) escapes to heap
./slice_copy.go:34:18: ts escapes to heap
./slice_copy.go:40:11: []T{...} escapes to heap
./slice_copy.go:41:12: make([]T, 1) escapes to heap
./slice_copy.go:44:13: ... argument does not escape
./slice_copy.go:44:13: st escapes to heap
./slice_copy.go:44:13: dt escapes to heap
./slice_copy.go:48:21: []int{...} does not escape
./slice_copy.go:49:13: ... argument does not escape
./slice_copy.go:49:13: arr escapes to heap
