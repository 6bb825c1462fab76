./gotest_reorder.go:36:8: "failed" escapes to heap:
./gotest_reorder.go:36:8:   flow: {heap} = &{storage for "failed"}:
./gotest_reorder.go:36:8:     from "failed" (spill) at ./gotest_reorder.go:36:8
./gotest_reorder.go:36:8:     from panic("failed") (call parameter) at ./gotest_reorder.go:36:8
./gotest_reorder.go:35:14: x2 escapes to heap:
./gotest_reorder.go:35:14:   flow: {storage for ... argument} = &{storage for x2}:
./gotest_reorder.go:35:14:     from x2 (spill) at ./gotest_reorder.go:35:14
./gotest_reorder.go:35:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:35:14:     from ... argument (spill) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14:     from fmt.Printf("%v, want %d,%d,%d\n", ... argument...) (call parameter) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14: x1 escapes to heap:
./gotest_reorder.go:35:14:   flow: {storage for ... argument} = &{storage for x1}:
./gotest_reorder.go:35:14:     from x1 (spill) at ./gotest_reorder.go:35:14
./gotest_reorder.go:35:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:35:14:     from ... argument (spill) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14:     from fmt.Printf("%v, want %d,%d,%d\n", ... argument...) (call parameter) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14: x0 escapes to heap:
./gotest_reorder.go:35:14:   flow: {storage for ... argument} = &{storage for x0}:
./gotest_reorder.go:35:14:     from x0 (spill) at ./gotest_reorder.go:35:14
./gotest_reorder.go:35:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:35:14:     from ... argument (spill) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14:     from fmt.Printf("%v, want %d,%d,%d\n", ... argument...) (call parameter) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14: x escapes to heap:
./gotest_reorder.go:35:14:   flow: {storage for ... argument} = &{storage for x}:
./gotest_reorder.go:35:14:     from x (spill) at ./gotest_reorder.go:35:14
./gotest_reorder.go:35:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:35:14:     from ... argument (spill) at ./gotest_reorder.go:35:13
./gotest_reorder.go:35:14:     from fmt.Printf("%v, want %d,%d,%d\n", ... argument...) (call parameter) at ./gotest_reorder.go:35:13
./gotest_reorder.go:33:12: parameter x leaks to {storage for x} with derefs=0:
./gotest_reorder.go:33:12:   flow: {storage for x} = x:
./gotest_reorder.go:33:12:     from x (interface-converted) at ./gotest_reorder.go:35:14
./gotest_reorder.go:33:12: leaking param: x
./gotest_reorder.go:35:13: ... argument does not escape
./gotest_reorder.go:35:14: x escapes to heap
./gotest_reorder.go:35:14: x0 escapes to heap
./gotest_reorder.go:35:14: x1 escapes to heap
./gotest_reorder.go:35:14: x2 escapes to heap
./gotest_reorder.go:36:8: "failed" escapes to heap
./gotest_reorder.go:48:12: []int{...} escapes to heap:
./gotest_reorder.go:48:12:   flow: x = &{storage for []int{...}}:
./gotest_reorder.go:48:12:     from []int{...} (spill) at ./gotest_reorder.go:48:12
./gotest_reorder.go:48:12:     from x := []int{...} (assign) at ./gotest_reorder.go:48:4
./gotest_reorder.go:48:12:   flow: {heap} = x:
./gotest_reorder.go:48:12:     from check(x, 100, 2, 3) (call parameter) at ./gotest_reorder.go:52:7
./gotest_reorder.go:48:12: []int{...} escapes to heap
./gotest_reorder.go:56:12: []int{...} escapes to heap:
./gotest_reorder.go:56:12:   flow: x = &{storage for []int{...}}:
./gotest_reorder.go:56:12:     from []int{...} (spill) at ./gotest_reorder.go:56:12
./gotest_reorder.go:56:12:     from x := []int{...} (assign) at ./gotest_reorder.go:56:4
./gotest_reorder.go:56:12:   flow: {heap} = x:
./gotest_reorder.go:56:12:     from check(x, 100, 2, 3) (call parameter) at ./gotest_reorder.go:60:7
./gotest_reorder.go:56:12: []int{...} escapes to heap
./gotest_reorder.go:64:12: []int{...} escapes to heap:
./gotest_reorder.go:64:12:   flow: x = &{storage for []int{...}}:
./gotest_reorder.go:64:12:     from []int{...} (spill) at ./gotest_reorder.go:64:12
./gotest_reorder.go:64:12:     from x := []int{...} (assign) at ./gotest_reorder.go:64:4
./gotest_reorder.go:64:12:   flow: {heap} = x:
./gotest_reorder.go:64:12:     from gx = x (assign) at ./gotest_reorder.go:66:5
./gotest_reorder.go:64:12: []int{...} escapes to heap
./gotest_reorder.go:72:12: []int{...} escapes to heap:
./gotest_reorder.go:72:12:   flow: x = &{storage for []int{...}}:
./gotest_reorder.go:72:12:     from []int{...} (spill) at ./gotest_reorder.go:72:12
./gotest_reorder.go:72:12:     from x := []int{...} (assign) at ./gotest_reorder.go:72:4
./gotest_reorder.go:72:12:   flow: {heap} = x:
./gotest_reorder.go:72:12:     from gx = x (assign) at ./gotest_reorder.go:74:5
./gotest_reorder.go:72:12: []int{...} escapes to heap
./gotest_reorder.go:80:12: []int{...} escapes to heap:
./gotest_reorder.go:80:12:   flow: x = &{storage for []int{...}}:
./gotest_reorder.go:80:12:     from []int{...} (spill) at ./gotest_reorder.go:80:12
./gotest_reorder.go:80:12:     from x := []int{...} (assign) at ./gotest_reorder.go:80:4
./gotest_reorder.go:80:12:   flow: {heap} = x:
./gotest_reorder.go:80:12:     from check(x, 2, 1, 3) (call parameter) at ./gotest_reorder.go:85:7
./gotest_reorder.go:80:12: []int{...} escapes to heap
./gotest_reorder.go:43:8: "failed" escapes to heap:
./gotest_reorder.go:43:8:   flow: {heap} = &{storage for "failed"}:
./gotest_reorder.go:43:8:     from "failed" (spill) at ./gotest_reorder.go:43:8
./gotest_reorder.go:43:8:     from panic("failed") (call parameter) at ./gotest_reorder.go:43:8
./gotest_reorder.go:42:14: zz escapes to heap:
./gotest_reorder.go:42:14:   flow: {storage for ... argument} = &{storage for zz}:
./gotest_reorder.go:42:14:     from zz (spill) at ./gotest_reorder.go:42:14
./gotest_reorder.go:42:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:42:14:     from ... argument (spill) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:     from fmt.Printf("%d,%d,%d, want %d,%d,%d\n", ... argument...) (call parameter) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14: yy escapes to heap:
./gotest_reorder.go:42:14:   flow: {storage for ... argument} = &{storage for yy}:
./gotest_reorder.go:42:14:     from yy (spill) at ./gotest_reorder.go:42:14
./gotest_reorder.go:42:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:42:14:     from ... argument (spill) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:     from fmt.Printf("%d,%d,%d, want %d,%d,%d\n", ... argument...) (call parameter) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14: xx escapes to heap:
./gotest_reorder.go:42:14:   flow: {storage for ... argument} = &{storage for xx}:
./gotest_reorder.go:42:14:     from xx (spill) at ./gotest_reorder.go:42:14
./gotest_reorder.go:42:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:42:14:     from ... argument (spill) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:     from fmt.Printf("%d,%d,%d, want %d,%d,%d\n", ... argument...) (call parameter) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14: z escapes to heap:
./gotest_reorder.go:42:14:   flow: {storage for ... argument} = &{storage for z}:
./gotest_reorder.go:42:14:     from z (spill) at ./gotest_reorder.go:42:14
./gotest_reorder.go:42:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:42:14:     from ... argument (spill) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:     from fmt.Printf("%d,%d,%d, want %d,%d,%d\n", ... argument...) (call parameter) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14: y escapes to heap:
./gotest_reorder.go:42:14:   flow: {storage for ... argument} = &{storage for y}:
./gotest_reorder.go:42:14:     from y (spill) at ./gotest_reorder.go:42:14
./gotest_reorder.go:42:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:42:14:     from ... argument (spill) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:     from fmt.Printf("%d,%d,%d, want %d,%d,%d\n", ... argument...) (call parameter) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14: x escapes to heap:
./gotest_reorder.go:42:14:   flow: {storage for ... argument} = &{storage for x}:
./gotest_reorder.go:42:14:     from x (spill) at ./gotest_reorder.go:42:14
./gotest_reorder.go:42:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:42:14:     from ... argument (spill) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:14:     from fmt.Printf("%d,%d,%d, want %d,%d,%d\n", ... argument...) (call parameter) at ./gotest_reorder.go:42:13
./gotest_reorder.go:42:13: ... argument does not escape
./gotest_reorder.go:42:14: x escapes to heap
./gotest_reorder.go:42:14: y escapes to heap
./gotest_reorder.go:42:14: z escapes to heap
./gotest_reorder.go:42:14: xx escapes to heap
./gotest_reorder.go:42:14: yy escapes to heap
./gotest_reorder.go:42:14: zz escapes to heap
./gotest_reorder.go:43:8: "failed" escapes to heap
./gotest_reorder.go:115:9: m[0] escapes to heap:
./gotest_reorder.go:115:9:   flow: {heap} = &{storage for m[0]}:
./gotest_reorder.go:115:9:     from m[0] (spill) at ./gotest_reorder.go:115:9
./gotest_reorder.go:115:9:     from panic(m[0]) (call parameter) at ./gotest_reorder.go:115:8
./gotest_reorder.go:112:11: make(map[int]int) does not escape
./gotest_reorder.go:115:9: m[0] escapes to heap
./gotest_reorder.go:151:8: "failed" escapes to heap:
./gotest_reorder.go:151:8:   flow: {heap} = &{storage for "failed"}:
./gotest_reorder.go:151:8:     from "failed" (spill) at ./gotest_reorder.go:151:8
./gotest_reorder.go:151:8:     from panic("failed") (call parameter) at ./gotest_reorder.go:151:8
./gotest_reorder.go:150:14: s escapes to heap:
./gotest_reorder.go:150:14:   flow: {storage for ... argument} = &{storage for s}:
./gotest_reorder.go:150:14:     from s (spill) at ./gotest_reorder.go:150:14
./gotest_reorder.go:150:14:     from ... argument (slice-literal-element) at ./gotest_reorder.go:150:13
./gotest_reorder.go:150:14:   flow: {heap} = {storage for ... argument}:
./gotest_reorder.go:150:14:     from ... argument (spill) at ./gotest_reorder.go:150:13
./gotest_reorder.go:150:14:     from fmt.Printf("%s; got=(false); want=(true)\n", ... argument...) (call parameter) at ./gotest_reorder.go:150:13
./gotest_reorder.go:148:27: parameter s leaks to {storage for s} with derefs=0:
./gotest_reorder.go:148:27:   flow: {storage for s} = s:
./gotest_reorder.go:148:27:     from s (interface-converted) at ./gotest_reorder.go:150:14
./gotest_reorder.go:148:27: leaking param: s
./gotest_reorder.go:150:13: ... argument does not escape
./gotest_reorder.go:150:14: s escapes to heap
./gotest_reorder.go:151:8: "failed" escapes to heap
./gotest_reorder.go:134:22: map[int]bool{...} does not escape
./gotest_reorder.go:139:6: false does not escape
./gotest_reorder.go:159:10: new(int) does not escape
./gotest_reorder.go:165:10: new(bool) does not escape
