./cplx_mapkeys.go:46:34: 1 + 1i escapes to heap:
./cplx_mapkeys.go:46:34:   flow: {heap} = &{storage for 1 + 1i}:
./cplx_mapkeys.go:46:34:     from 1 + 1i (spill) at ./cplx_mapkeys.go:46:34
./cplx_mapkeys.go:46:34:     from map[interface {}]int{...} (map literal key) at ./cplx_mapkeys.go:46:27
./cplx_mapkeys.go:46:56: complex64(1 + 1i) escapes to heap:
./cplx_mapkeys.go:46:56:   flow: {heap} = &{storage for complex64(1 + 1i)}:
./cplx_mapkeys.go:46:56:     from complex64(1 + 1i) (spill) at ./cplx_mapkeys.go:46:56
./cplx_mapkeys.go:46:56:     from map[interface {}]int{...} (map literal key) at ./cplx_mapkeys.go:46:27
./cplx_mapkeys.go:46:64: 1.0 escapes to heap:
./cplx_mapkeys.go:46:64:   flow: {heap} = &{storage for 1.0}:
./cplx_mapkeys.go:46:64:     from 1.0 (spill) at ./cplx_mapkeys.go:46:64
./cplx_mapkeys.go:46:64:     from map[interface {}]int{...} (map literal key) at ./cplx_mapkeys.go:46:27
./cplx_mapkeys.go:49:41: ma[[2]complex128{...}] escapes to heap:
./cplx_mapkeys.go:49:41:   flow: {storage for ... argument} = &{storage for ma[[2]complex128{...}]}:
./cplx_mapkeys.go:49:41:     from ma[[2]complex128{...}] (spill) at ./cplx_mapkeys.go:49:41
./cplx_mapkeys.go:49:41:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:49:13
./cplx_mapkeys.go:49:41:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:49:41:     from ... argument (spill) at ./cplx_mapkeys.go:49:13
./cplx_mapkeys.go:49:41:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:49:13
./cplx_mapkeys.go:49:16: ma[[2]complex128{...}] escapes to heap:
./cplx_mapkeys.go:49:16:   flow: {storage for ... argument} = &{storage for ma[[2]complex128{...}]}:
./cplx_mapkeys.go:49:16:     from ma[[2]complex128{...}] (spill) at ./cplx_mapkeys.go:49:16
./cplx_mapkeys.go:49:16:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:49:13
./cplx_mapkeys.go:49:16:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:49:16:     from ... argument (spill) at ./cplx_mapkeys.go:49:13
./cplx_mapkeys.go:49:16:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:49:13
./cplx_mapkeys.go:47:57: len(mi) escapes to heap:
./cplx_mapkeys.go:47:57:   flow: {storage for ... argument} = &{storage for len(mi)}:
./cplx_mapkeys.go:47:57:     from len(mi) (spill) at ./cplx_mapkeys.go:47:57
./cplx_mapkeys.go:47:57:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:57:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:47:57:     from ... argument (spill) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:57:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:47: mi[1.0] escapes to heap:
./cplx_mapkeys.go:47:47:   flow: {storage for ... argument} = &{storage for mi[1.0]}:
./cplx_mapkeys.go:47:47:     from mi[1.0] (spill) at ./cplx_mapkeys.go:47:47
./cplx_mapkeys.go:47:47:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:47:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:47:47:     from ... argument (spill) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:47:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:26: mi[complex64(1 + 1i)] escapes to heap:
./cplx_mapkeys.go:47:26:   flow: {storage for ... argument} = &{storage for mi[complex64(1 + 1i)]}:
./cplx_mapkeys.go:47:26:     from mi[complex64(1 + 1i)] (spill) at ./cplx_mapkeys.go:47:26
./cplx_mapkeys.go:47:26:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:26:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:47:26:     from ... argument (spill) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:26:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:16: mi[1 + 1i] escapes to heap:
./cplx_mapkeys.go:47:16:   flow: {storage for ... argument} = &{storage for mi[1 + 1i]}:
./cplx_mapkeys.go:47:16:     from mi[1 + 1i] (spill) at ./cplx_mapkeys.go:47:16
./cplx_mapkeys.go:47:16:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:16:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:47:16:     from ... argument (spill) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:47:16:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:47:13
./cplx_mapkeys.go:45:33: len(mk) escapes to heap:
./cplx_mapkeys.go:45:33:   flow: {storage for ... argument} = &{storage for len(mk)}:
./cplx_mapkeys.go:45:33:     from len(mk) (spill) at ./cplx_mapkeys.go:45:33
./cplx_mapkeys.go:45:33:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:45:13
./cplx_mapkeys.go:45:33:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:45:33:     from ... argument (spill) at ./cplx_mapkeys.go:45:13
./cplx_mapkeys.go:45:33:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:45:13
./cplx_mapkeys.go:45:16: mk[key{...}] escapes to heap:
./cplx_mapkeys.go:45:16:   flow: {storage for ... argument} = &{storage for mk[key{...}]}:
./cplx_mapkeys.go:45:16:     from mk[key{...}] (spill) at ./cplx_mapkeys.go:45:16
./cplx_mapkeys.go:45:16:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:45:13
./cplx_mapkeys.go:45:16:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:45:16:     from ... argument (spill) at ./cplx_mapkeys.go:45:13
./cplx_mapkeys.go:45:16:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:45:13
./cplx_mapkeys.go:38:13: cnt escapes to heap:
./cplx_mapkeys.go:38:13:   flow: {storage for ... argument} = &{storage for cnt}:
./cplx_mapkeys.go:38:13:     from cnt (spill) at ./cplx_mapkeys.go:38:13
./cplx_mapkeys.go:38:13:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:38:13
./cplx_mapkeys.go:38:13:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:38:13:     from ... argument (spill) at ./cplx_mapkeys.go:38:13
./cplx_mapkeys.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:38:13
./cplx_mapkeys.go:31:32: map[complex64]bool{...} escapes to heap:
./cplx_mapkeys.go:31:32:   flow: {storage for ... argument} = &{storage for map[complex64]bool{...}}:
./cplx_mapkeys.go:31:32:     from map[complex64]bool{...} (spill) at ./cplx_mapkeys.go:31:32
./cplx_mapkeys.go:31:32:     from map[complex64]bool{...} (interface-converted) at ./cplx_mapkeys.go:31:32
./cplx_mapkeys.go:31:32:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:31:13
./cplx_mapkeys.go:31:32:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:31:32:     from ... argument (spill) at ./cplx_mapkeys.go:31:13
./cplx_mapkeys.go:31:32:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:31:13
./cplx_mapkeys.go:30:44: m2[0] escapes to heap:
./cplx_mapkeys.go:30:44:   flow: {storage for ... argument} = &{storage for m2[0]}:
./cplx_mapkeys.go:30:44:     from m2[0] (spill) at ./cplx_mapkeys.go:30:44
./cplx_mapkeys.go:30:44:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:30:13
./cplx_mapkeys.go:30:44:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:30:44:     from ... argument (spill) at ./cplx_mapkeys.go:30:13
./cplx_mapkeys.go:30:44:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:30:13
./cplx_mapkeys.go:30:25: m2[complex(3, 3)] escapes to heap:
./cplx_mapkeys.go:30:25:   flow: {storage for ... argument} = &{storage for m2[complex(3, 3)]}:
./cplx_mapkeys.go:30:25:     from m2[complex(3, 3)] (spill) at ./cplx_mapkeys.go:30:25
./cplx_mapkeys.go:30:25:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:30:13
./cplx_mapkeys.go:30:25:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:30:25:     from ... argument (spill) at ./cplx_mapkeys.go:30:13
./cplx_mapkeys.go:30:25:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:30:13
./cplx_mapkeys.go:30:17: len(m2) escapes to heap:
./cplx_mapkeys.go:30:17:   flow: {storage for ... argument} = &{storage for len(m2)}:
./cplx_mapkeys.go:30:17:     from len(m2) (spill) at ./cplx_mapkeys.go:30:17
./cplx_mapkeys.go:30:17:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:30:13
./cplx_mapkeys.go:30:17:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:30:17:     from ... argument (spill) at ./cplx_mapkeys.go:30:13
./cplx_mapkeys.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:30:13
./cplx_mapkeys.go:25:13: ok escapes to heap:
./cplx_mapkeys.go:25:13:   flow: {storage for ... argument} = &{storage for ok}:
./cplx_mapkeys.go:25:13:     from ok (spill) at ./cplx_mapkeys.go:25:13
./cplx_mapkeys.go:25:13:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:25:12
./cplx_mapkeys.go:25:13:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:25:13:     from ... argument (spill) at ./cplx_mapkeys.go:25:12
./cplx_mapkeys.go:25:13:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./cplx_mapkeys.go:25:12
./cplx_mapkeys.go:25:13: v escapes to heap:
./cplx_mapkeys.go:25:13:   flow: {storage for ... argument} = &{storage for v}:
./cplx_mapkeys.go:25:13:     from v (spill) at ./cplx_mapkeys.go:25:13
./cplx_mapkeys.go:25:13:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:25:12
./cplx_mapkeys.go:25:13:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:25:13:     from ... argument (spill) at ./cplx_mapkeys.go:25:12
./cplx_mapkeys.go:25:13:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./cplx_mapkeys.go:25:12
./cplx_mapkeys.go:22:17: len(m) escapes to heap:
./cplx_mapkeys.go:22:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./cplx_mapkeys.go:22:17:     from len(m) (spill) at ./cplx_mapkeys.go:22:17
./cplx_mapkeys.go:22:17:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:22:13
./cplx_mapkeys.go:22:17:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:22:17:     from ... argument (spill) at ./cplx_mapkeys.go:22:13
./cplx_mapkeys.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:22:13
./cplx_mapkeys.go:20:13: ok escapes to heap:
./cplx_mapkeys.go:20:13:   flow: {storage for ... argument} = &{storage for ok}:
./cplx_mapkeys.go:20:13:     from ok (spill) at ./cplx_mapkeys.go:20:13
./cplx_mapkeys.go:20:13:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:20:13
./cplx_mapkeys.go:20:13:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:20:13:     from ... argument (spill) at ./cplx_mapkeys.go:20:13
./cplx_mapkeys.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:20:13
./cplx_mapkeys.go:18:17: len(m) escapes to heap:
./cplx_mapkeys.go:18:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./cplx_mapkeys.go:18:17:     from len(m) (spill) at ./cplx_mapkeys.go:18:17
./cplx_mapkeys.go:18:17:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:18:13
./cplx_mapkeys.go:18:17:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:18:17:     from ... argument (spill) at ./cplx_mapkeys.go:18:13
./cplx_mapkeys.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:18:13
./cplx_mapkeys.go:14:29: m[negz] escapes to heap:
./cplx_mapkeys.go:14:29:   flow: {storage for ... argument} = &{storage for m[negz]}:
./cplx_mapkeys.go:14:29:     from m[negz] (spill) at ./cplx_mapkeys.go:14:29
./cplx_mapkeys.go:14:29:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:14:13
./cplx_mapkeys.go:14:29:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:14:29:     from ... argument (spill) at ./cplx_mapkeys.go:14:13
./cplx_mapkeys.go:14:29:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:14:13
./cplx_mapkeys.go:14:23: m[0] escapes to heap:
./cplx_mapkeys.go:14:23:   flow: {storage for ... argument} = &{storage for m[0]}:
./cplx_mapkeys.go:14:23:     from m[0] (spill) at ./cplx_mapkeys.go:14:23
./cplx_mapkeys.go:14:23:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:14:13
./cplx_mapkeys.go:14:23:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:14:23:     from ... argument (spill) at ./cplx_mapkeys.go:14:13
./cplx_mapkeys.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:14:13
./cplx_mapkeys.go:14:17: len(m) escapes to heap:
./cplx_mapkeys.go:14:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./cplx_mapkeys.go:14:17:     from len(m) (spill) at ./cplx_mapkeys.go:14:17
./cplx_mapkeys.go:14:17:     from ... argument (slice-literal-element) at ./cplx_mapkeys.go:14:13
./cplx_mapkeys.go:14:17:   flow: {heap} = {storage for ... argument}:
./cplx_mapkeys.go:14:17:     from ... argument (spill) at ./cplx_mapkeys.go:14:13
./cplx_mapkeys.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./cplx_mapkeys.go:14:13
./cplx_mapkeys.go:9:28: map[complex128]string{} does not escape
./cplx_mapkeys.go:14:13: ... argument does not escape
./cplx_mapkeys.go:14:17: len(m) escapes to heap
./cplx_mapkeys.go:14:23: m[0] escapes to heap
./cplx_mapkeys.go:14:29: m[negz] escapes to heap
./cplx_mapkeys.go:18:13: ... argument does not escape
./cplx_mapkeys.go:18:17: len(m) escapes to heap
./cplx_mapkeys.go:20:13: ... argument does not escape
./cplx_mapkeys.go:20:13: ok escapes to heap
./cplx_mapkeys.go:22:13: ... argument does not escape
./cplx_mapkeys.go:22:17: len(m) escapes to heap
./cplx_mapkeys.go:25:12: ... argument does not escape
./cplx_mapkeys.go:25:13: v escapes to heap
./cplx_mapkeys.go:25:13: ok escapes to heap
./cplx_mapkeys.go:26:25: map[complex64]int{} does not escape
./cplx_mapkeys.go:30:13: ... argument does not escape
./cplx_mapkeys.go:30:17: len(m2) escapes to heap
./cplx_mapkeys.go:30:25: m2[complex(3, 3)] escapes to heap
./cplx_mapkeys.go:30:44: m2[0] escapes to heap
./cplx_mapkeys.go:31:13: ... argument does not escape
./cplx_mapkeys.go:31:32: map[complex64]bool{...} escapes to heap
./cplx_mapkeys.go:38:13: ... argument does not escape
./cplx_mapkeys.go:38:13: cnt escapes to heap
./cplx_mapkeys.go:43:26: map[key]complex128{...} does not escape
./cplx_mapkeys.go:45:13: ... argument does not escape
./cplx_mapkeys.go:45:16: mk[key{...}] escapes to heap
./cplx_mapkeys.go:45:33: len(mk) escapes to heap
./cplx_mapkeys.go:46:27: map[interface {}]int{...} does not escape
./cplx_mapkeys.go:46:34: 1 + 1i escapes to heap
./cplx_mapkeys.go:46:56: complex64(1 + 1i) escapes to heap
./cplx_mapkeys.go:46:64: 1.0 escapes to heap
./cplx_mapkeys.go:47:13: ... argument does not escape
./cplx_mapkeys.go:47:16: mi[1 + 1i] escapes to heap
./cplx_mapkeys.go:47:14: 1 + 1i does not escape
./cplx_mapkeys.go:47:26: mi[complex64(1 + 1i)] escapes to heap
./cplx_mapkeys.go:47:24: complex64(1 + 1i) does not escape
./cplx_mapkeys.go:47:47: mi[1.0] escapes to heap
./cplx_mapkeys.go:47:45: 1.0 does not escape
./cplx_mapkeys.go:47:57: len(mi) escapes to heap
./cplx_mapkeys.go:48:29: map[[2]complex128]int{...} does not escape
./cplx_mapkeys.go:49:13: ... argument does not escape
./cplx_mapkeys.go:49:16: ma[[2]complex128{...}] escapes to heap
./cplx_mapkeys.go:49:41: ma[[2]complex128{...}] escapes to heap
