./duration_parse_roundtrip.go:25:39: err == nil escapes to heap:
./duration_parse_roundtrip.go:25:39:   flow: {storage for ... argument} = &{storage for err == nil}:
./duration_parse_roundtrip.go:25:39:     from err == nil (spill) at ./duration_parse_roundtrip.go:25:39
./duration_parse_roundtrip.go:25:39:     from ... argument (slice-literal-element) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:39:   flow: {heap} = {storage for ... argument}:
./duration_parse_roundtrip.go:25:39:     from ... argument (spill) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:39:     from fmt.Println(... argument...) (call parameter) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:31: time.Duration.String(d) escapes to heap:
./duration_parse_roundtrip.go:25:31:   flow: {storage for ... argument} = &{storage for time.Duration.String(d)}:
./duration_parse_roundtrip.go:25:31:     from time.Duration.String(d) (spill) at ./duration_parse_roundtrip.go:25:31
./duration_parse_roundtrip.go:25:31:     from ... argument (slice-literal-element) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:31:   flow: {heap} = {storage for ... argument}:
./duration_parse_roundtrip.go:25:31:     from ... argument (spill) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:31:     from fmt.Println(... argument...) (call parameter) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:18: "=" escapes to heap:
./duration_parse_roundtrip.go:25:18:   flow: {storage for ... argument} = &{storage for "="}:
./duration_parse_roundtrip.go:25:18:     from "=" (spill) at ./duration_parse_roundtrip.go:25:18
./duration_parse_roundtrip.go:25:18:     from ... argument (slice-literal-element) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:18:   flow: {heap} = {storage for ... argument}:
./duration_parse_roundtrip.go:25:18:     from ... argument (spill) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:18:     from fmt.Println(... argument...) (call parameter) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:14: s escapes to heap:
./duration_parse_roundtrip.go:25:14:   flow: {storage for ... argument} = &{storage for s}:
./duration_parse_roundtrip.go:25:14:     from s (spill) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:14:     from ... argument (slice-literal-element) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:14:   flow: {heap} = {storage for ... argument}:
./duration_parse_roundtrip.go:25:14:     from ... argument (spill) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./duration_parse_roundtrip.go:25:14
./duration_parse_roundtrip.go:21:14: bad escapes to heap:
./duration_parse_roundtrip.go:21:14:   flow: {storage for ... argument} = &{storage for bad}:
./duration_parse_roundtrip.go:21:14:     from bad (spill) at ./duration_parse_roundtrip.go:21:14
./duration_parse_roundtrip.go:21:14:     from ... argument (slice-literal-element) at ./duration_parse_roundtrip.go:21:13
./duration_parse_roundtrip.go:21:14:   flow: {heap} = {storage for ... argument}:
./duration_parse_roundtrip.go:21:14:     from ... argument (spill) at ./duration_parse_roundtrip.go:21:13
./duration_parse_roundtrip.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./duration_parse_roundtrip.go:21:13
./duration_parse_roundtrip.go:21:14: "roundtrip mismatches:" escapes to heap:
./duration_parse_roundtrip.go:21:14:   flow: {storage for ... argument} = &{storage for "roundtrip mismatches:"}:
./duration_parse_roundtrip.go:21:14:     from "roundtrip mismatches:" (spill) at ./duration_parse_roundtrip.go:21:14
./duration_parse_roundtrip.go:21:14:     from ... argument (slice-literal-element) at ./duration_parse_roundtrip.go:21:13
./duration_parse_roundtrip.go:21:14:   flow: {heap} = {storage for ... argument}:
./duration_parse_roundtrip.go:21:14:     from ... argument (spill) at ./duration_parse_roundtrip.go:21:13
./duration_parse_roundtrip.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./duration_parse_roundtrip.go:21:13
./duration_parse_roundtrip.go:18:48: time.Duration.String(p) escapes to heap:
./duration_parse_roundtrip.go:18:48:   flow: {storage for ... argument} = &{storage for time.Duration.String(p)}:
./duration_parse_roundtrip.go:18:48:     from time.Duration.String(p) (spill) at ./duration_parse_roundtrip.go:18:48
./duration_parse_roundtrip.go:18:48:     from ... argument (slice-literal-element) at ./duration_parse_roundtrip.go:18:15
./duration_parse_roundtrip.go:18:48:   flow: {heap} = {storage for ... argument}:
./duration_parse_roundtrip.go:18:48:     from ... argument (spill) at ./duration_parse_roundtrip.go:18:15
./duration_parse_roundtrip.go:18:48:     from fmt.Println(... argument...) (call parameter) at ./duration_parse_roundtrip.go:18:15
./duration_parse_roundtrip.go:18:36: time.Duration.String(d) escapes to heap:
./duration_parse_roundtrip.go:18:36:   flow: {storage for ... argument} = &{storage for time.Duration.String(d)}:
./duration_parse_roundtrip.go:18:36:     from time.Duration.String(d) (spill) at ./duration_parse_roundtrip.go:18:36
./duration_parse_roundtrip.go:18:36:     from ... argument (slice-literal-element) at ./duration_parse_roundtrip.go:18:15
./duration_parse_roundtrip.go:18:36:   flow: {heap} = {storage for ... argument}:
./duration_parse_roundtrip.go:18:36:     from ... argument (spill) at ./duration_parse_roundtrip.go:18:15
./duration_parse_roundtrip.go:18:36:     from fmt.Println(... argument...) (call parameter) at ./duration_parse_roundtrip.go:18:15
./duration_parse_roundtrip.go:18:16: "mismatch" escapes to heap:
./duration_parse_roundtrip.go:18:16:   flow: {storage for ... argument} = &{storage for "mismatch"}:
./duration_parse_roundtrip.go:18:16:     from "mismatch" (spill) at ./duration_parse_roundtrip.go:18:16
./duration_parse_roundtrip.go:18:16:     from ... argument (slice-literal-element) at ./duration_parse_roundtrip.go:18:15
./duration_parse_roundtrip.go:18:16:   flow: {heap} = {storage for ... argument}:
./duration_parse_roundtrip.go:18:16:     from ... argument (spill) at ./duration_parse_roundtrip.go:18:15
./duration_parse_roundtrip.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./duration_parse_roundtrip.go:18:15
./duration_parse_roundtrip.go:11:25: []time.Duration{...} does not escape
./duration_parse_roundtrip.go:18:15: ... argument does not escape
./duration_parse_roundtrip.go:18:16: "mismatch" escapes to heap
./duration_parse_roundtrip.go:18:36: time.Duration.String(d) escapes to heap
./duration_parse_roundtrip.go:18:48: time.Duration.String(p) escapes to heap
./duration_parse_roundtrip.go:21:13: ... argument does not escape
./duration_parse_roundtrip.go:21:14: "roundtrip mismatches:" escapes to heap
./duration_parse_roundtrip.go:21:14: bad escapes to heap
./duration_parse_roundtrip.go:22:18: []string{...} does not escape
./duration_parse_roundtrip.go:25:14: ... argument does not escape
./duration_parse_roundtrip.go:25:14: s escapes to heap
./duration_parse_roundtrip.go:25:18: "=" escapes to heap
./duration_parse_roundtrip.go:25:31: time.Duration.String(d) escapes to heap
./duration_parse_roundtrip.go:25:39: err == nil escapes to heap
