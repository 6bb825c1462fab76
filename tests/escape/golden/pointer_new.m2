./pointer_new.go:36:22: map[string]int{...} escapes to heap:
./pointer_new.go:36:22:   flow: {heap} = &{storage for map[string]int{...}}:
./pointer_new.go:36:22:     from map[string]int{...} (spill) at ./pointer_new.go:36:22
./pointer_new.go:36:22:     from *pm = map[string]int{...} (assign) at ./pointer_new.go:36:6
./pointer_new.go:50:14: *pe escapes to heap:
./pointer_new.go:50:14:   flow: {storage for ... argument} = &{storage for *pe}:
./pointer_new.go:50:14:     from *pe (spill) at ./pointer_new.go:50:14
./pointer_new.go:50:14:     from ... argument (slice-literal-element) at ./pointer_new.go:50:13
./pointer_new.go:50:14:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:50:14:     from ... argument (spill) at ./pointer_new.go:50:13
./pointer_new.go:50:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:50:13
./pointer_new.go:46:14: *pi escapes to heap:
./pointer_new.go:46:14:   flow: {storage for ... argument} = &{storage for *pi}:
./pointer_new.go:46:14:     from *pi (spill) at ./pointer_new.go:46:14
./pointer_new.go:46:14:     from ... argument (slice-literal-element) at ./pointer_new.go:46:13
./pointer_new.go:46:14:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:46:14:     from ... argument (spill) at ./pointer_new.go:46:13
./pointer_new.go:46:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:46:13
./pointer_new.go:10:11: new(int) escapes to heap:
./pointer_new.go:10:11:   flow: pi = &{storage for new(int)}:
./pointer_new.go:10:11:     from new(int) (spill) at ./pointer_new.go:10:11
./pointer_new.go:10:11:     from pi := new(int) (assign) at ./pointer_new.go:10:5
./pointer_new.go:10:11:   flow: {heap} = pi:
./pointer_new.go:10:11:     from *ppi = pi (assign) at ./pointer_new.go:44:7
./pointer_new.go:43:19: *ppi == nil escapes to heap:
./pointer_new.go:43:19:   flow: {storage for ... argument} = &{storage for *ppi == nil}:
./pointer_new.go:43:19:     from *ppi == nil (spill) at ./pointer_new.go:43:19
./pointer_new.go:43:19:     from ... argument (slice-literal-element) at ./pointer_new.go:43:13
./pointer_new.go:43:19:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:43:19:     from ... argument (spill) at ./pointer_new.go:43:13
./pointer_new.go:43:19:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:43:13
./pointer_new.go:40:25: *a == *b escapes to heap:
./pointer_new.go:40:25:   flow: {storage for ... argument} = &{storage for *a == *b}:
./pointer_new.go:40:25:     from *a == *b (spill) at ./pointer_new.go:40:25
./pointer_new.go:40:25:     from ... argument (slice-literal-element) at ./pointer_new.go:40:13
./pointer_new.go:40:25:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:40:25:     from ... argument (spill) at ./pointer_new.go:40:13
./pointer_new.go:40:25:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:40:13
./pointer_new.go:40:16: a == b escapes to heap:
./pointer_new.go:40:16:   flow: {storage for ... argument} = &{storage for a == b}:
./pointer_new.go:40:16:     from a == b (spill) at ./pointer_new.go:40:16
./pointer_new.go:40:16:     from ... argument (slice-literal-element) at ./pointer_new.go:40:13
./pointer_new.go:40:16:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:40:16:     from ... argument (spill) at ./pointer_new.go:40:13
./pointer_new.go:40:16:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:40:13
./pointer_new.go:37:19: (*pm)["a"] escapes to heap:
./pointer_new.go:37:19:   flow: {storage for ... argument} = &{storage for (*pm)["a"]}:
./pointer_new.go:37:19:     from (*pm)["a"] (spill) at ./pointer_new.go:37:19
./pointer_new.go:37:19:     from ... argument (slice-literal-element) at ./pointer_new.go:37:13
./pointer_new.go:37:19:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:37:19:     from ... argument (spill) at ./pointer_new.go:37:13
./pointer_new.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:37:13
./pointer_new.go:35:18: *pm == nil escapes to heap:
./pointer_new.go:35:18:   flow: {storage for ... argument} = &{storage for *pm == nil}:
./pointer_new.go:35:18:     from *pm == nil (spill) at ./pointer_new.go:35:18
./pointer_new.go:35:18:     from ... argument (slice-literal-element) at ./pointer_new.go:35:13
./pointer_new.go:35:18:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:35:18:     from ... argument (spill) at ./pointer_new.go:35:13
./pointer_new.go:35:18:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:35:13
./pointer_new.go:32:14: *psl escapes to heap:
./pointer_new.go:32:14:   flow: {storage for ... argument} = &{storage for *psl}:
./pointer_new.go:32:14:     from *psl (spill) at ./pointer_new.go:32:14
./pointer_new.go:32:14:     from ... argument (slice-literal-element) at ./pointer_new.go:32:13
./pointer_new.go:32:14:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:32:14:     from ... argument (spill) at ./pointer_new.go:32:13
./pointer_new.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:32:13
./pointer_new.go:30:30: len(*psl) escapes to heap:
./pointer_new.go:30:30:   flow: {storage for ... argument} = &{storage for len(*psl)}:
./pointer_new.go:30:30:     from len(*psl) (spill) at ./pointer_new.go:30:30
./pointer_new.go:30:30:     from ... argument (slice-literal-element) at ./pointer_new.go:30:13
./pointer_new.go:30:30:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:30:30:     from ... argument (spill) at ./pointer_new.go:30:13
./pointer_new.go:30:30:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:30:13
./pointer_new.go:30:19: *psl == nil escapes to heap:
./pointer_new.go:30:19:   flow: {storage for ... argument} = &{storage for *psl == nil}:
./pointer_new.go:30:19:     from *psl == nil (spill) at ./pointer_new.go:30:19
./pointer_new.go:30:19:     from ... argument (slice-literal-element) at ./pointer_new.go:30:13
./pointer_new.go:30:19:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:30:19:     from ... argument (spill) at ./pointer_new.go:30:13
./pointer_new.go:30:19:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:30:13
./pointer_new.go:27:22: len(pa) escapes to heap:
./pointer_new.go:27:22:   flow: {storage for ... argument} = &{storage for len(pa)}:
./pointer_new.go:27:22:     from len(pa) (spill) at ./pointer_new.go:27:22
./pointer_new.go:27:22:     from ... argument (slice-literal-element) at ./pointer_new.go:27:13
./pointer_new.go:27:22:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:27:22:     from ... argument (spill) at ./pointer_new.go:27:13
./pointer_new.go:27:22:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:27:13
./pointer_new.go:27:14: *pa escapes to heap:
./pointer_new.go:27:14:   flow: {storage for ... argument} = &{storage for *pa}:
./pointer_new.go:27:14:     from *pa (spill) at ./pointer_new.go:27:14
./pointer_new.go:27:14:     from ... argument (slice-literal-element) at ./pointer_new.go:27:13
./pointer_new.go:27:14:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:27:14:     from ... argument (spill) at ./pointer_new.go:27:13
./pointer_new.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:27:13
./pointer_new.go:20:11: new(Point) escapes to heap:
./pointer_new.go:20:11:   flow: pp = &{storage for new(Point)}:
./pointer_new.go:20:11:     from new(Point) (spill) at ./pointer_new.go:20:11
./pointer_new.go:20:11:     from pp := new(Point) (assign) at ./pointer_new.go:20:5
./pointer_new.go:20:11:   flow: {storage for ... argument} = pp:
./pointer_new.go:20:11:     from pp (interface-converted) at ./pointer_new.go:23:13
./pointer_new.go:20:11:     from ... argument (slice-literal-element) at ./pointer_new.go:23:13
./pointer_new.go:20:11:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:20:11:     from ... argument (spill) at ./pointer_new.go:23:13
./pointer_new.go:20:11:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:23:13
./pointer_new.go:22:21: pp.Y escapes to heap:
./pointer_new.go:22:21:   flow: {storage for ... argument} = &{storage for pp.Y}:
./pointer_new.go:22:21:     from pp.Y (spill) at ./pointer_new.go:22:21
./pointer_new.go:22:21:     from ... argument (slice-literal-element) at ./pointer_new.go:22:13
./pointer_new.go:22:21:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:22:21:     from ... argument (spill) at ./pointer_new.go:22:13
./pointer_new.go:22:21:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:22:13
./pointer_new.go:22:14: *pp escapes to heap:
./pointer_new.go:22:14:   flow: {storage for ... argument} = &{storage for *pp}:
./pointer_new.go:22:14:     from *pp (spill) at ./pointer_new.go:22:14
./pointer_new.go:22:14:     from ... argument (slice-literal-element) at ./pointer_new.go:22:13
./pointer_new.go:22:14:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:22:14:     from ... argument (spill) at ./pointer_new.go:22:13
./pointer_new.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:22:13
./pointer_new.go:18:19: *ps escapes to heap:
./pointer_new.go:18:19:   flow: {storage for ... argument} = &{storage for *ps}:
./pointer_new.go:18:19:     from *ps (spill) at ./pointer_new.go:18:19
./pointer_new.go:18:19:     from ... argument (slice-literal-element) at ./pointer_new.go:18:13
./pointer_new.go:18:19:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:18:19:     from ... argument (spill) at ./pointer_new.go:18:13
./pointer_new.go:18:19:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:18:13
./pointer_new.go:18:14: *pi escapes to heap:
./pointer_new.go:18:14:   flow: {storage for ... argument} = &{storage for *pi}:
./pointer_new.go:18:14:     from *pi (spill) at ./pointer_new.go:18:14
./pointer_new.go:18:14:     from ... argument (slice-literal-element) at ./pointer_new.go:18:13
./pointer_new.go:18:14:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:18:14:     from ... argument (spill) at ./pointer_new.go:18:13
./pointer_new.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:18:13
./pointer_new.go:14:35: *pf escapes to heap:
./pointer_new.go:14:35:   flow: {storage for ... argument} = &{storage for *pf}:
./pointer_new.go:14:35:     from *pf (spill) at ./pointer_new.go:14:35
./pointer_new.go:14:35:     from ... argument (slice-literal-element) at ./pointer_new.go:14:13
./pointer_new.go:14:35:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:14:35:     from ... argument (spill) at ./pointer_new.go:14:13
./pointer_new.go:14:35:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:14:13
./pointer_new.go:14:30: *pb escapes to heap:
./pointer_new.go:14:30:   flow: {storage for ... argument} = &{storage for *pb}:
./pointer_new.go:14:30:     from *pb (spill) at ./pointer_new.go:14:30
./pointer_new.go:14:30:     from ... argument (slice-literal-element) at ./pointer_new.go:14:13
./pointer_new.go:14:30:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:14:30:     from ... argument (spill) at ./pointer_new.go:14:13
./pointer_new.go:14:30:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:14:13
./pointer_new.go:14:23: *ps == "" escapes to heap:
./pointer_new.go:14:23:   flow: {storage for ... argument} = &{storage for *ps == ""}:
./pointer_new.go:14:23:     from *ps == "" (spill) at ./pointer_new.go:14:23
./pointer_new.go:14:23:     from ... argument (slice-literal-element) at ./pointer_new.go:14:13
./pointer_new.go:14:23:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:14:23:     from ... argument (spill) at ./pointer_new.go:14:13
./pointer_new.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:14:13
./pointer_new.go:14:14: *pi escapes to heap:
./pointer_new.go:14:14:   flow: {storage for ... argument} = &{storage for *pi}:
./pointer_new.go:14:14:     from *pi (spill) at ./pointer_new.go:14:14
./pointer_new.go:14:14:     from ... argument (slice-literal-element) at ./pointer_new.go:14:13
./pointer_new.go:14:14:   flow: {heap} = {storage for ... argument}:
./pointer_new.go:14:14:     from ... argument (spill) at ./pointer_new.go:14:13
./pointer_new.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_new.go:14:13
./pointer_new.go:10:11: new(int) escapes to heap
./pointer_new.go:11:11: new(string) does not escape
./pointer_new.go:12:11: new(bool) does not escape
./pointer_new.go:13:11: new(float64) does not escape
./pointer_new.go:14:13: ... argument does not escape
./pointer_new.go:14:14: *pi escapes to heap
./pointer_new.go:14:23: *ps == "" escapes to heap
./pointer_new.go:14:30: *pb escapes to heap
./pointer_new.go:14:35: *pf escapes to heap
./pointer_new.go:18:13: ... argument does not escape
./pointer_new.go:18:14: *pi escapes to heap
./pointer_new.go:18:19: *ps escapes to heap
./pointer_new.go:20:11: new(Point) escapes to heap
./pointer_new.go:22:13: ... argument does not escape
./pointer_new.go:22:14: *pp escapes to heap
./pointer_new.go:22:21: pp.Y escapes to heap
./pointer_new.go:23:13: ... argument does not escape
./pointer_new.go:25:11: new([3]int) does not escape
./pointer_new.go:27:13: ... argument does not escape
./pointer_new.go:27:14: *pa escapes to heap
./pointer_new.go:27:22: len(pa) escapes to heap
./pointer_new.go:29:12: new([]int) does not escape
./pointer_new.go:30:13: ... argument does not escape
./pointer_new.go:30:19: *psl == nil escapes to heap
./pointer_new.go:30:30: len(*psl) escapes to heap
./pointer_new.go:32:13: ... argument does not escape
./pointer_new.go:32:14: *psl escapes to heap
./pointer_new.go:34:11: new(map[string]int) does not escape
./pointer_new.go:35:13: ... argument does not escape
./pointer_new.go:35:18: *pm == nil escapes to heap
./pointer_new.go:36:22: map[string]int{...} escapes to heap
./pointer_new.go:37:13: ... argument does not escape
./pointer_new.go:37:19: (*pm)["a"] escapes to heap
./pointer_new.go:39:13: new(int) does not escape
./pointer_new.go:39:23: new(int) does not escape
./pointer_new.go:40:13: ... argument does not escape
./pointer_new.go:40:16: a == b escapes to heap
./pointer_new.go:40:25: *a == *b escapes to heap
./pointer_new.go:42:12: new(*int) does not escape
./pointer_new.go:43:13: ... argument does not escape
./pointer_new.go:43:19: *ppi == nil escapes to heap
./pointer_new.go:46:13: ... argument does not escape
./pointer_new.go:46:14: *pi escapes to heap
./pointer_new.go:49:11: new(Empty) does not escape
./pointer_new.go:50:13: ... argument does not escape
./pointer_new.go:50:14: *pe escapes to heap
