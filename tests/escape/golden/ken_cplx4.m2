./ken_cplx4.go:23:22: s + " != " + w escapes to heap:
./ken_cplx4.go:23:22:   flow: {heap} = &{storage for s + " != " + w}:
./ken_cplx4.go:23:22:     from s + " != " + w (spill) at ./ken_cplx4.go:23:22
./ken_cplx4.go:23:22:     from panic(s + " != " + w) (call parameter) at ./ken_cplx4.go:23:8
./ken_cplx4.go:23:20: s + " != " + w escapes to heap:
./ken_cplx4.go:23:20:   flow: {storage for s + " != " + w} = &{storage for s + " != " + w}:
./ken_cplx4.go:23:20:     from s + " != " + w (spill) at ./ken_cplx4.go:23:20
./ken_cplx4.go:23:20:     from s + " != " + w (interface-converted) at ./ken_cplx4.go:23:22
./ken_cplx4.go:21:11: s does not escape
./ken_cplx4.go:21:14: w does not escape
./ken_cplx4.go:23:22: s + " != " + w escapes to heap
./ken_cplx4.go:23:20: s + " != " + w escapes to heap
./ken_cplx4.go:28:19: c escapes to heap:
./ken_cplx4.go:28:19:   flow: {storage for ... argument} = &{storage for c}:
./ken_cplx4.go:28:19:     from c (spill) at ./ken_cplx4.go:28:19
./ken_cplx4.go:28:19:     from ... argument (slice-literal-element) at ./ken_cplx4.go:28:18
./ken_cplx4.go:28:19:   flow: {heap} = {storage for ... argument}:
./ken_cplx4.go:28:19:     from ... argument (spill) at ./ken_cplx4.go:28:18
./ken_cplx4.go:28:19:     from fmt.Sprintf("%f", ... argument...) (call parameter) at ./ken_cplx4.go:28:18
./ken_cplx4.go:27:28: w does not escape
./ken_cplx4.go:28:18: ... argument does not escape
./ken_cplx4.go:28:19: c escapes to heap
./ken_cplx4.go:59:8: 0 escapes to heap:
./ken_cplx4.go:59:8:   flow: {heap} = &{storage for 0}:
./ken_cplx4.go:59:8:     from 0 (spill) at ./ken_cplx4.go:59:8
./ken_cplx4.go:59:8:     from panic(0) (call parameter) at ./ken_cplx4.go:59:8
./ken_cplx4.go:58:14: c4 escapes to heap:
./ken_cplx4.go:58:14:   flow: {storage for ... argument} = &{storage for c4}:
./ken_cplx4.go:58:14:     from c4 (spill) at ./ken_cplx4.go:58:14
./ken_cplx4.go:58:14:     from ... argument (slice-literal-element) at ./ken_cplx4.go:58:13
./ken_cplx4.go:58:14:   flow: {heap} = {storage for ... argument}:
./ken_cplx4.go:58:14:     from ... argument (spill) at ./ken_cplx4.go:58:13
./ken_cplx4.go:58:14:     from fmt.Printf("BUG: c3 = %G != c4 = %G\n", ... argument...) (call parameter) at ./ken_cplx4.go:58:13
./ken_cplx4.go:58:14: c3 escapes to heap:
./ken_cplx4.go:58:14:   flow: {storage for ... argument} = &{storage for c3}:
./ken_cplx4.go:58:14:     from c3 (spill) at ./ken_cplx4.go:58:14
./ken_cplx4.go:58:14:     from ... argument (slice-literal-element) at ./ken_cplx4.go:58:13
./ken_cplx4.go:58:14:   flow: {heap} = {storage for ... argument}:
./ken_cplx4.go:58:14:     from ... argument (spill) at ./ken_cplx4.go:58:13
./ken_cplx4.go:58:14:     from fmt.Printf("BUG: c3 = %G != c4 = %G\n", ... argument...) (call parameter) at ./ken_cplx4.go:58:13
./ken_cplx4.go:52:18: c3 escapes to heap:
./ken_cplx4.go:52:18:   flow: {storage for ... argument} = &{storage for c3}:
./ken_cplx4.go:52:18:     from c3 (spill) at ./ken_cplx4.go:52:18
./ken_cplx4.go:52:18:     from ... argument (slice-literal-element) at ./ken_cplx4.go:52:17
./ken_cplx4.go:52:18:   flow: {heap} = {storage for ... argument}:
./ken_cplx4.go:52:18:     from ... argument (spill) at ./ken_cplx4.go:52:17
./ken_cplx4.go:52:18:     from fmt.Sprintf("%G", ... argument...) (call parameter) at ./ken_cplx4.go:52:17
./ken_cplx4.go:47:18: c2 escapes to heap:
./ken_cplx4.go:47:18:   flow: {storage for ... argument} = &{storage for c2}:
./ken_cplx4.go:47:18:     from c2 (spill) at ./ken_cplx4.go:47:18
./ken_cplx4.go:47:18:     from ... argument (slice-literal-element) at ./ken_cplx4.go:47:17
./ken_cplx4.go:47:18:   flow: {heap} = {storage for ... argument}:
./ken_cplx4.go:47:18:     from ... argument (spill) at ./ken_cplx4.go:47:17
./ken_cplx4.go:47:18:     from fmt.Sprintf("%G", ... argument...) (call parameter) at ./ken_cplx4.go:47:17
./ken_cplx4.go:41:18: c1 escapes to heap:
./ken_cplx4.go:41:18:   flow: {storage for ... argument} = &{storage for c1}:
./ken_cplx4.go:41:18:     from c1 (spill) at ./ken_cplx4.go:41:18
./ken_cplx4.go:41:18:     from ... argument (slice-literal-element) at ./ken_cplx4.go:41:17
./ken_cplx4.go:41:18:   flow: {heap} = {storage for ... argument}:
./ken_cplx4.go:41:18:     from ... argument (spill) at ./ken_cplx4.go:41:17
./ken_cplx4.go:41:18:     from fmt.Sprintf("%f", ... argument...) (call parameter) at ./ken_cplx4.go:41:17
./ken_cplx4.go:35:25: -C1 escapes to heap:
./ken_cplx4.go:35:25:   flow: {storage for ... argument} = &{storage for -C1}:
./ken_cplx4.go:35:25:     from -C1 (spill) at ./ken_cplx4.go:35:25
./ken_cplx4.go:35:25:     from ... argument (slice-literal-element) at ./ken_cplx4.go:35:18
./ken_cplx4.go:35:25:   flow: {heap} = {storage for ... argument}:
./ken_cplx4.go:35:25:     from ... argument (spill) at ./ken_cplx4.go:35:18
./ken_cplx4.go:35:25:     from fmt.Sprintf("%f", ... argument...) (call parameter) at ./ken_cplx4.go:35:18
./ken_cplx4.go:35:18: ... argument does not escape
./ken_cplx4.go:35:25: -C1 escapes to heap
./ken_cplx4.go:41:17: ... argument does not escape
./ken_cplx4.go:41:18: c1 escapes to heap
./ken_cplx4.go:47:17: ... argument does not escape
./ken_cplx4.go:47:18: c2 escapes to heap
./ken_cplx4.go:52:17: ... argument does not escape
./ken_cplx4.go:52:18: c3 escapes to heap
./ken_cplx4.go:58:13: ... argument does not escape
./ken_cplx4.go:58:14: c3 escapes to heap
./ken_cplx4.go:58:14: c4 escapes to heap
./ken_cplx4.go:59:8: 0 escapes to heap
