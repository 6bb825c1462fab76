./slice_append_many.go:33:13: t escapes to heap:
./slice_append_many.go:33:13:   flow: {storage for ... argument} = &{storage for t}:
./slice_append_many.go:33:13:     from t (spill) at ./slice_append_many.go:33:13
./slice_append_many.go:33:13:     from ... argument (slice-literal-element) at ./slice_append_many.go:33:13
./slice_append_many.go:33:13:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:33:13:     from ... argument (spill) at ./slice_append_many.go:33:13
./slice_append_many.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_many.go:33:13
./slice_append_many.go:28:13: kvs escapes to heap:
./slice_append_many.go:28:13:   flow: {storage for ... argument} = &{storage for kvs}:
./slice_append_many.go:28:13:     from kvs (spill) at ./slice_append_many.go:28:13
./slice_append_many.go:28:13:     from ... argument (slice-literal-element) at ./slice_append_many.go:28:13
./slice_append_many.go:28:13:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:28:13:     from ... argument (spill) at ./slice_append_many.go:28:13
./slice_append_many.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_many.go:28:13
./slice_append_many.go:20:13: n escapes to heap:
./slice_append_many.go:20:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_append_many.go:20:13:     from n (spill) at ./slice_append_many.go:20:13
./slice_append_many.go:20:13:     from ... argument (slice-literal-element) at ./slice_append_many.go:20:12
./slice_append_many.go:20:13:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:20:13:     from ... argument (spill) at ./slice_append_many.go:20:12
./slice_append_many.go:20:13:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./slice_append_many.go:20:12
./slice_append_many.go:17:27: len(n) escapes to heap:
./slice_append_many.go:17:27:   flow: {storage for ... argument} = &{storage for len(n)}:
./slice_append_many.go:17:27:     from len(n) (spill) at ./slice_append_many.go:17:27
./slice_append_many.go:17:27:     from ... argument (slice-literal-element) at ./slice_append_many.go:17:13
./slice_append_many.go:17:27:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:17:27:     from ... argument (spill) at ./slice_append_many.go:17:13
./slice_append_many.go:17:27:     from fmt.Println(... argument...) (call parameter) at ./slice_append_many.go:17:13
./slice_append_many.go:17:16: n == nil escapes to heap:
./slice_append_many.go:17:16:   flow: {storage for ... argument} = &{storage for n == nil}:
./slice_append_many.go:17:16:     from n == nil (spill) at ./slice_append_many.go:17:16
./slice_append_many.go:17:16:     from ... argument (slice-literal-element) at ./slice_append_many.go:17:13
./slice_append_many.go:17:16:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:17:16:     from ... argument (spill) at ./slice_append_many.go:17:13
./slice_append_many.go:17:16:     from fmt.Println(... argument...) (call parameter) at ./slice_append_many.go:17:13
./slice_append_many.go:13:24: same escapes to heap:
./slice_append_many.go:13:24:   flow: {storage for ... argument} = &{storage for same}:
./slice_append_many.go:13:24:     from same (spill) at ./slice_append_many.go:13:24
./slice_append_many.go:13:24:     from ... argument (slice-literal-element) at ./slice_append_many.go:13:13
./slice_append_many.go:13:24:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:13:24:     from ... argument (spill) at ./slice_append_many.go:13:13
./slice_append_many.go:13:24:     from fmt.Println(... argument...) (call parameter) at ./slice_append_many.go:13:13
./slice_append_many.go:13:24: len(same) == len(s) escapes to heap:
./slice_append_many.go:13:24:   flow: {storage for ... argument} = &{storage for len(same) == len(s)}:
./slice_append_many.go:13:24:     from len(same) == len(s) (spill) at ./slice_append_many.go:13:24
./slice_append_many.go:13:24:     from ... argument (slice-literal-element) at ./slice_append_many.go:13:13
./slice_append_many.go:13:24:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:13:24:     from ... argument (spill) at ./slice_append_many.go:13:13
./slice_append_many.go:13:24:     from fmt.Println(... argument...) (call parameter) at ./slice_append_many.go:13:13
./slice_append_many.go:10:20: len(s) escapes to heap:
./slice_append_many.go:10:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_append_many.go:10:20:     from len(s) (spill) at ./slice_append_many.go:10:20
./slice_append_many.go:10:20:     from ... argument (slice-literal-element) at ./slice_append_many.go:10:13
./slice_append_many.go:10:20:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:10:20:     from ... argument (spill) at ./slice_append_many.go:10:13
./slice_append_many.go:10:20:     from fmt.Println(... argument...) (call parameter) at ./slice_append_many.go:10:13
./slice_append_many.go:10:13: s escapes to heap:
./slice_append_many.go:10:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_append_many.go:10:13:     from s (spill) at ./slice_append_many.go:10:13
./slice_append_many.go:10:13:     from ... argument (slice-literal-element) at ./slice_append_many.go:10:13
./slice_append_many.go:10:13:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:10:13:     from ... argument (spill) at ./slice_append_many.go:10:13
./slice_append_many.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_many.go:10:13
./slice_append_many.go:8:20: len(s) escapes to heap:
./slice_append_many.go:8:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_append_many.go:8:20:     from len(s) (spill) at ./slice_append_many.go:8:20
./slice_append_many.go:8:20:     from ... argument (slice-literal-element) at ./slice_append_many.go:8:13
./slice_append_many.go:8:20:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:8:20:     from ... argument (spill) at ./slice_append_many.go:8:13
./slice_append_many.go:8:20:     from fmt.Println(... argument...) (call parameter) at ./slice_append_many.go:8:13
./slice_append_many.go:8:13: s escapes to heap:
./slice_append_many.go:8:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_append_many.go:8:13:     from s (spill) at ./slice_append_many.go:8:13
./slice_append_many.go:8:13:     from ... argument (slice-literal-element) at ./slice_append_many.go:8:13
./slice_append_many.go:8:13:   flow: {heap} = {storage for ... argument}:
./slice_append_many.go:8:13:     from ... argument (spill) at ./slice_append_many.go:8:13
./slice_append_many.go:8:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_many.go:8:13
./slice_append_many.go:31:12: []int{...} escapes to heap:
./slice_append_many.go:31:12:   flow: t = &{storage for []int{...}}:
./slice_append_many.go:31:12:     from []int{...} (spill) at ./slice_append_many.go:31:12
./slice_append_many.go:31:12:     from t := []int{...} (assign) at ./slice_append_many.go:31:4
./slice_append_many.go:31:12:   flow: {storage for t} = t:
./slice_append_many.go:31:12:     from t (interface-converted) at ./slice_append_many.go:33:13
./slice_append_many.go:8:13: ... argument does not escape
./slice_append_many.go:8:13: s escapes to heap
./slice_append_many.go:8:20: len(s) escapes to heap
./slice_append_many.go:10:13: ... argument does not escape
./slice_append_many.go:10:13: s escapes to heap
./slice_append_many.go:10:20: len(s) escapes to heap
./slice_append_many.go:13:13: ... argument does not escape
./slice_append_many.go:13:24: len(same) == len(s) escapes to heap
./slice_append_many.go:13:24: same escapes to heap
./slice_append_many.go:17:13: ... argument does not escape
./slice_append_many.go:17:16: n == nil escapes to heap
./slice_append_many.go:17:27: len(n) escapes to heap
./slice_append_many.go:20:12: ... argument does not escape
./slice_append_many.go:20:13: n escapes to heap
./slice_append_many.go:28:13: ... argument does not escape
./slice_append_many.go:28:13: kvs escapes to heap
./slice_append_many.go:31:12: []int{...} escapes to heap
./slice_append_many.go:33:13: ... argument does not escape
./slice_append_many.go:33:13: t escapes to heap
