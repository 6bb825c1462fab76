./string_ops.go:5:11: parameter parts leaks to ~r0 with derefs=1:
./string_ops.go:5:11:   flow: {temp} = parts:
./string_ops.go:5:11:   flow: p = *{temp}:
./string_ops.go:5:11:     from for loop (range-deref) at ./string_ops.go:7:14
./string_ops.go:5:11:   flow: s = p:
./string_ops.go:5:11:     from s += p (assign) at ./string_ops.go:8:5
./string_ops.go:5:11:   flow: ~r0 = s:
./string_ops.go:5:11:     from return s (return) at ./string_ops.go:10:2
./string_ops.go:5:11: leaking param: parts to result ~r0 level=1
./string_ops.go:20:28: string(b[:2]) escapes to heap:
./string_ops.go:20:28:   flow: {storage for ... argument} = &{storage for string(b[:2])}:
./string_ops.go:20:28:     from string(b[:2]) (spill) at ./string_ops.go:20:28
./string_ops.go:20:28:     from ... argument (slice-literal-element) at ./string_ops.go:20:13
./string_ops.go:20:28:   flow: {heap} = {storage for ... argument}:
./string_ops.go:20:28:     from ... argument (spill) at ./string_ops.go:20:13
./string_ops.go:20:28:     from fmt.Println(... argument...) (call parameter) at ./string_ops.go:20:13
./string_ops.go:20:17: len(b) escapes to heap:
./string_ops.go:20:17:   flow: {storage for ... argument} = &{storage for len(b)}:
./string_ops.go:20:17:     from len(b) (spill) at ./string_ops.go:20:17
./string_ops.go:20:17:     from ... argument (slice-literal-element) at ./string_ops.go:20:13
./string_ops.go:20:17:   flow: {heap} = {storage for ... argument}:
./string_ops.go:20:17:     from ... argument (spill) at ./string_ops.go:20:13
./string_ops.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./string_ops.go:20:13
./string_ops.go:18:13: u escapes to heap:
./string_ops.go:18:13:   flow: {storage for ... argument} = &{storage for u}:
./string_ops.go:18:13:     from u (spill) at ./string_ops.go:18:13
./string_ops.go:18:13:     from ... argument (slice-literal-element) at ./string_ops.go:18:13
./string_ops.go:18:13:   flow: {heap} = {storage for ... argument}:
./string_ops.go:18:13:     from ... argument (spill) at ./string_ops.go:18:13
./string_ops.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./string_ops.go:18:13
./string_ops.go:16:20: len(t) escapes to heap:
./string_ops.go:16:20:   flow: {storage for ... argument} = &{storage for len(t)}:
./string_ops.go:16:20:     from len(t) (spill) at ./string_ops.go:16:20
./string_ops.go:16:20:     from ... argument (slice-literal-element) at ./string_ops.go:16:13
./string_ops.go:16:20:   flow: {heap} = {storage for ... argument}:
./string_ops.go:16:20:     from ... argument (spill) at ./string_ops.go:16:13
./string_ops.go:16:20:     from fmt.Println(... argument...) (call parameter) at ./string_ops.go:16:13
./string_ops.go:16:13: t escapes to heap:
./string_ops.go:16:13:   flow: {storage for ... argument} = &{storage for t}:
./string_ops.go:16:13:     from t (spill) at ./string_ops.go:16:13
./string_ops.go:16:13:     from ... argument (slice-literal-element) at ./string_ops.go:16:13
./string_ops.go:16:13:   flow: {heap} = {storage for ... argument}:
./string_ops.go:16:13:     from ... argument (spill) at ./string_ops.go:16:13
./string_ops.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./string_ops.go:16:13
./string_ops.go:20:28: string(b[:2]) escapes to heap:
./string_ops.go:20:28:   flow: {storage for string(b[:2])} = &{storage for string(b[:2])}:
./string_ops.go:20:28:     from string(b[:2]) (spill) at ./string_ops.go:20:28
./string_ops.go:20:28:     from string(b[:2]) (interface-converted) at ./string_ops.go:20:28
./string_ops.go:15:15: s + "-" + s escapes to heap:
./string_ops.go:15:15:   flow: t = &{storage for s + "-" + s}:
./string_ops.go:15:15:     from s + "-" + s (spill) at ./string_ops.go:15:15
./string_ops.go:15:15:     from t := s + "-" + s (assign) at ./string_ops.go:15:4
./string_ops.go:15:15:   flow: {storage for t} = t:
./string_ops.go:15:15:     from t (interface-converted) at ./string_ops.go:16:13
./string_ops.go:14:20: []string{...} does not escape
./string_ops.go:15:15: s + "-" + s escapes to heap
./string_ops.go:16:13: ... argument does not escape
./string_ops.go:16:13: t escapes to heap
./string_ops.go:16:20: len(t) escapes to heap
./string_ops.go:18:13: ... argument does not escape
./string_ops.go:18:13: u escapes to heap
./string_ops.go:19:13: ([]byte)(t) does not escape
./string_ops.go:20:13: ... argument does not escape
./string_ops.go:20:17: len(b) escapes to heap
./string_ops.go:20:28: string(b[:2]) escapes to heap
./string_ops.go:20:28: string(b[:2]) escapes to heap
