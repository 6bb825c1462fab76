./lib_errors_new.go:40:25: none == nil escapes to heap:
./lib_errors_new.go:40:25:   flow: {storage for ... argument} = &{storage for none == nil}:
./lib_errors_new.go:40:25:     from none == nil (spill) at ./lib_errors_new.go:40:25
./lib_errors_new.go:40:25:     from ... argument (slice-literal-element) at ./lib_errors_new.go:40:13
./lib_errors_new.go:40:25:   flow: {heap} = {storage for ... argument}:
./lib_errors_new.go:40:25:     from ... argument (spill) at ./lib_errors_new.go:40:13
./lib_errors_new.go:40:25:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_new.go:40:13
./lib_errors_new.go:35:23: map[string]error{...} escapes to heap:
./lib_errors_new.go:35:23:   flow: m = &{storage for map[string]error{...}}:
./lib_errors_new.go:35:23:     from map[string]error{...} (spill) at ./lib_errors_new.go:35:23
./lib_errors_new.go:35:23:     from m := map[string]error{...} (assign) at ./lib_errors_new.go:35:4
./lib_errors_new.go:35:23:   flow: {storage for ... argument} = m:
./lib_errors_new.go:35:23:     from m (interface-converted) at ./lib_errors_new.go:36:13
./lib_errors_new.go:35:23:     from ... argument (slice-literal-element) at ./lib_errors_new.go:36:13
./lib_errors_new.go:35:23:   flow: {heap} = {storage for ... argument}:
./lib_errors_new.go:35:23:     from ... argument (spill) at ./lib_errors_new.go:36:13
./lib_errors_new.go:35:23:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_new.go:36:13
./lib_errors_new.go:34:33: len(errs) escapes to heap:
./lib_errors_new.go:34:33:   flow: {storage for ... argument} = &{storage for len(errs)}:
./lib_errors_new.go:34:33:     from len(errs) (spill) at ./lib_errors_new.go:34:33
./lib_errors_new.go:34:33:     from ... argument (slice-literal-element) at ./lib_errors_new.go:34:12
./lib_errors_new.go:34:33:   flow: {heap} = {storage for ... argument}:
./lib_errors_new.go:34:33:     from ... argument (spill) at ./lib_errors_new.go:34:12
./lib_errors_new.go:34:33:     from fmt.Printf("%v %d\n", ... argument...) (call parameter) at ./lib_errors_new.go:34:12
./lib_errors_new.go:34:13: errs escapes to heap:
./lib_errors_new.go:34:13:   flow: {storage for ... argument} = &{storage for errs}:
./lib_errors_new.go:34:13:     from errs (spill) at ./lib_errors_new.go:34:13
./lib_errors_new.go:34:13:     from ... argument (slice-literal-element) at ./lib_errors_new.go:34:12
./lib_errors_new.go:34:13:   flow: {heap} = {storage for ... argument}:
./lib_errors_new.go:34:13:     from ... argument (spill) at ./lib_errors_new.go:34:12
./lib_errors_new.go:34:13:     from fmt.Printf("%v %d\n", ... argument...) (call parameter) at ./lib_errors_new.go:34:12
./lib_errors_new.go:33:13: errs escapes to heap:
./lib_errors_new.go:33:13:   flow: {storage for ... argument} = &{storage for errs}:
./lib_errors_new.go:33:13:     from errs (spill) at ./lib_errors_new.go:33:13
./lib_errors_new.go:33:13:     from ... argument (slice-literal-element) at ./lib_errors_new.go:33:13
./lib_errors_new.go:33:13:   flow: {heap} = {storage for ... argument}:
./lib_errors_new.go:33:13:     from ... argument (spill) at ./lib_errors_new.go:33:13
./lib_errors_new.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_new.go:33:13
./lib_errors_new.go:27:25: fmt.Sprintf("wrapped: %v", ... argument...) escapes to heap:
./lib_errors_new.go:27:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("wrapped: %v", ... argument...)}:
./lib_errors_new.go:27:25:     from fmt.Sprintf("wrapped: %v", ... argument...) (spill) at ./lib_errors_new.go:27:25
./lib_errors_new.go:27:25:     from ... argument (slice-literal-element) at ./lib_errors_new.go:27:13
./lib_errors_new.go:27:25:   flow: {heap} = {storage for ... argument}:
./lib_errors_new.go:27:25:     from ... argument (spill) at ./lib_errors_new.go:27:13
./lib_errors_new.go:27:25:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_new.go:27:13
./lib_errors_new.go:26:13: s escapes to heap:
./lib_errors_new.go:26:13:   flow: {storage for ... argument} = &{storage for s}:
./lib_errors_new.go:26:13:     from s (spill) at ./lib_errors_new.go:26:13
./lib_errors_new.go:26:13:     from ... argument (slice-literal-element) at ./lib_errors_new.go:26:13
./lib_errors_new.go:26:13:   flow: {heap} = {storage for ... argument}:
./lib_errors_new.go:26:13:     from ... argument (spill) at ./lib_errors_new.go:26:13
./lib_errors_new.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_new.go:26:13
./lib_errors_new.go:25:22: " and " escapes to heap:
./lib_errors_new.go:25:22:   flow: {storage for ... argument} = &{storage for " and "}:
./lib_errors_new.go:25:22:     from " and " (spill) at ./lib_errors_new.go:25:22
./lib_errors_new.go:25:22:     from ... argument (slice-literal-element) at ./lib_errors_new.go:25:17
./lib_errors_new.go:25:22:   flow: {heap} = {storage for ... argument}:
./lib_errors_new.go:25:22:     from ... argument (spill) at ./lib_errors_new.go:25:17
./lib_errors_new.go:25:22:     from fmt.Sprint(... argument...) (call parameter) at ./lib_errors_new.go:25:17
./lib_errors_new.go:23:15: "error:" escapes to heap:
./lib_errors_new.go:23:15:   flow: {storage for ... argument} = &{storage for "error:"}:
./lib_errors_new.go:23:15:     from "error:" (spill) at ./lib_errors_new.go:23:15
./lib_errors_new.go:23:15:     from ... argument (slice-literal-element) at ./lib_errors_new.go:23:14
./lib_errors_new.go:23:15:   flow: {heap} = {storage for ... argument}:
./lib_errors_new.go:23:15:     from ... argument (spill) at ./lib_errors_new.go:23:14
./lib_errors_new.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_new.go:23:14
./lib_errors_new.go:19:25: e1 != nil escapes to heap:
./lib_errors_new.go:19:25:   flow: {storage for ... argument} = &{storage for e1 != nil}:
./lib_errors_new.go:19:25:     from e1 != nil (spill) at ./lib_errors_new.go:19:25
./lib_errors_new.go:19:25:     from ... argument (slice-literal-element) at ./lib_errors_new.go:19:13
./lib_errors_new.go:19:25:   flow: {heap} = {storage for ... argument}:
./lib_errors_new.go:19:25:     from ... argument (spill) at ./lib_errors_new.go:19:13
./lib_errors_new.go:19:25:     from fmt.Println(... argument...) (call parameter) at ./lib_errors_new.go:19:13
./lib_errors_new.go:32:17: []error{...} escapes to heap:
./lib_errors_new.go:32:17:   flow: errs = &{storage for []error{...}}:
./lib_errors_new.go:32:17:     from []error{...} (spill) at ./lib_errors_new.go:32:17
./lib_errors_new.go:32:17:     from errs := []error{...} (assign) at ./lib_errors_new.go:32:7
./lib_errors_new.go:32:17:   flow: {storage for errs} = errs:
./lib_errors_new.go:32:17:     from errs (interface-converted) at ./lib_errors_new.go:34:13
./lib_errors_new.go:19:13: ... argument does not escape
./lib_errors_new.go:19:25: e1 != nil escapes to heap
./lib_errors_new.go:20:12: ... argument does not escape
./lib_errors_new.go:21:13: ... argument does not escape
./lib_errors_new.go:23:14: ... argument does not escape
./lib_errors_new.go:23:15: "error:" escapes to heap
./lib_errors_new.go:25:17: ... argument does not escape
./lib_errors_new.go:25:22: " and " escapes to heap
./lib_errors_new.go:26:13: ... argument does not escape
./lib_errors_new.go:26:13: s escapes to heap
./lib_errors_new.go:27:13: ... argument does not escape
./lib_errors_new.go:27:25: fmt.Sprintf("wrapped: %v", ... argument...) escapes to heap
./lib_errors_new.go:27:25: ... argument does not escape
./lib_errors_new.go:29:12: ... argument does not escape
./lib_errors_new.go:31:13: ... argument does not escape
./lib_errors_new.go:32:17: []error{...} escapes to heap
./lib_errors_new.go:33:13: ... argument does not escape
./lib_errors_new.go:33:13: errs escapes to heap
./lib_errors_new.go:34:12: ... argument does not escape
./lib_errors_new.go:34:13: errs escapes to heap
./lib_errors_new.go:34:33: len(errs) escapes to heap
./lib_errors_new.go:35:23: map[string]error{...} escapes to heap
./lib_errors_new.go:36:13: ... argument does not escape
./lib_errors_new.go:38:13: ... argument does not escape
./lib_errors_new.go:40:13: ... argument does not escape
./lib_errors_new.go:40:25: none == nil escapes to heap
./lib_errors_new.go:41:12: ... argument does not escape
