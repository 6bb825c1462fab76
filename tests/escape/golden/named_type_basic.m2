./named_type_basic.go:49:13: ms escapes to heap:
./named_type_basic.go:49:13:   flow: {storage for ... argument} = &{storage for ms}:
./named_type_basic.go:49:13:     from ms (spill) at ./named_type_basic.go:49:13
./named_type_basic.go:49:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:49:12
./named_type_basic.go:49:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:49:13:     from ... argument (spill) at ./named_type_basic.go:49:12
./named_type_basic.go:49:13:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./named_type_basic.go:49:12
./named_type_basic.go:48:13: ms escapes to heap:
./named_type_basic.go:48:13:   flow: {storage for ... argument} = &{storage for ms}:
./named_type_basic.go:48:13:     from ms (spill) at ./named_type_basic.go:48:13
./named_type_basic.go:48:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:48:13
./named_type_basic.go:48:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:48:13:     from ... argument (spill) at ./named_type_basic.go:48:13
./named_type_basic.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:48:13
./named_type_basic.go:48:13: total escapes to heap:
./named_type_basic.go:48:13:   flow: {storage for ... argument} = &{storage for total}:
./named_type_basic.go:48:13:     from total (spill) at ./named_type_basic.go:48:13
./named_type_basic.go:48:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:48:13
./named_type_basic.go:48:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:48:13:     from ... argument (spill) at ./named_type_basic.go:48:13
./named_type_basic.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:48:13
./named_type_basic.go:41:13: x escapes to heap:
./named_type_basic.go:41:13:   flow: {storage for ... argument} = &{storage for x}:
./named_type_basic.go:41:13:     from x (spill) at ./named_type_basic.go:41:13
./named_type_basic.go:41:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:41:12
./named_type_basic.go:41:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:41:13:     from ... argument (spill) at ./named_type_basic.go:41:12
./named_type_basic.go:41:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./named_type_basic.go:41:12
./named_type_basic.go:41:13: x escapes to heap:
./named_type_basic.go:41:13:   flow: {storage for ... argument} = &{storage for x}:
./named_type_basic.go:41:13:     from x (spill) at ./named_type_basic.go:41:13
./named_type_basic.go:41:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:41:12
./named_type_basic.go:41:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:41:13:     from ... argument (spill) at ./named_type_basic.go:41:12
./named_type_basic.go:41:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./named_type_basic.go:41:12
./named_type_basic.go:37:13: mk escapes to heap:
./named_type_basic.go:37:13:   flow: {storage for ... argument} = &{storage for mk}:
./named_type_basic.go:37:13:     from mk (spill) at ./named_type_basic.go:37:13
./named_type_basic.go:37:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:37:13:     from ... argument (spill) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13:     from fmt.Printf("%v %d %s %q %x\n", ... argument...) (call parameter) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13: l escapes to heap:
./named_type_basic.go:37:13:   flow: {storage for ... argument} = &{storage for l}:
./named_type_basic.go:37:13:     from l (spill) at ./named_type_basic.go:37:13
./named_type_basic.go:37:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:37:13:     from ... argument (spill) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13:     from fmt.Printf("%v %d %s %q %x\n", ... argument...) (call parameter) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13: l escapes to heap:
./named_type_basic.go:37:13:   flow: {storage for ... argument} = &{storage for l}:
./named_type_basic.go:37:13:     from l (spill) at ./named_type_basic.go:37:13
./named_type_basic.go:37:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:37:13:     from ... argument (spill) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13:     from fmt.Printf("%v %d %s %q %x\n", ... argument...) (call parameter) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13: f escapes to heap:
./named_type_basic.go:37:13:   flow: {storage for ... argument} = &{storage for f}:
./named_type_basic.go:37:13:     from f (spill) at ./named_type_basic.go:37:13
./named_type_basic.go:37:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:37:13:     from ... argument (spill) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13:     from fmt.Printf("%v %d %s %q %x\n", ... argument...) (call parameter) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13: m escapes to heap:
./named_type_basic.go:37:13:   flow: {storage for ... argument} = &{storage for m}:
./named_type_basic.go:37:13:     from m (spill) at ./named_type_basic.go:37:13
./named_type_basic.go:37:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:37:13:     from ... argument (spill) at ./named_type_basic.go:37:12
./named_type_basic.go:37:13:     from fmt.Printf("%v %d %s %q %x\n", ... argument...) (call parameter) at ./named_type_basic.go:37:12
./named_type_basic.go:36:13: mk escapes to heap:
./named_type_basic.go:36:13:   flow: {storage for ... argument} = &{storage for mk}:
./named_type_basic.go:36:13:     from mk (spill) at ./named_type_basic.go:36:13
./named_type_basic.go:36:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:36:13:     from ... argument (spill) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13:     from fmt.Printf("%T %T %T %T %T\n", ... argument...) (call parameter) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13: r escapes to heap:
./named_type_basic.go:36:13:   flow: {storage for ... argument} = &{storage for r}:
./named_type_basic.go:36:13:     from r (spill) at ./named_type_basic.go:36:13
./named_type_basic.go:36:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:36:13:     from ... argument (spill) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13:     from fmt.Printf("%T %T %T %T %T\n", ... argument...) (call parameter) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13: l escapes to heap:
./named_type_basic.go:36:13:   flow: {storage for ... argument} = &{storage for l}:
./named_type_basic.go:36:13:     from l (spill) at ./named_type_basic.go:36:13
./named_type_basic.go:36:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:36:13:     from ... argument (spill) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13:     from fmt.Printf("%T %T %T %T %T\n", ... argument...) (call parameter) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13: f escapes to heap:
./named_type_basic.go:36:13:   flow: {storage for ... argument} = &{storage for f}:
./named_type_basic.go:36:13:     from f (spill) at ./named_type_basic.go:36:13
./named_type_basic.go:36:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:36:13:     from ... argument (spill) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13:     from fmt.Printf("%T %T %T %T %T\n", ... argument...) (call parameter) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13: m escapes to heap:
./named_type_basic.go:36:13:   flow: {storage for ... argument} = &{storage for m}:
./named_type_basic.go:36:13:     from m (spill) at ./named_type_basic.go:36:13
./named_type_basic.go:36:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:36:13:     from ... argument (spill) at ./named_type_basic.go:36:12
./named_type_basic.go:36:13:     from fmt.Printf("%T %T %T %T %T\n", ... argument...) (call parameter) at ./named_type_basic.go:36:12
./named_type_basic.go:34:18: ^Mask(0) escapes to heap:
./named_type_basic.go:34:18:   flow: {storage for ... argument} = &{storage for ^Mask(0)}:
./named_type_basic.go:34:18:     from ^Mask(0) (spill) at ./named_type_basic.go:34:18
./named_type_basic.go:34:18:     from ... argument (slice-literal-element) at ./named_type_basic.go:34:13
./named_type_basic.go:34:18:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:34:18:     from ... argument (spill) at ./named_type_basic.go:34:13
./named_type_basic.go:34:18:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:34:13
./named_type_basic.go:34:13: mk escapes to heap:
./named_type_basic.go:34:13:   flow: {storage for ... argument} = &{storage for mk}:
./named_type_basic.go:34:13:     from mk (spill) at ./named_type_basic.go:34:13
./named_type_basic.go:34:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:34:13
./named_type_basic.go:34:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:34:13:     from ... argument (spill) at ./named_type_basic.go:34:13
./named_type_basic.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:34:13
./named_type_basic.go:29:30: r * 3 escapes to heap:
./named_type_basic.go:29:30:   flow: {storage for ... argument} = &{storage for r * 3}:
./named_type_basic.go:29:30:     from r * 3 (spill) at ./named_type_basic.go:29:30
./named_type_basic.go:29:30:     from ... argument (slice-literal-element) at ./named_type_basic.go:29:12
./named_type_basic.go:29:30:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:29:30:     from ... argument (spill) at ./named_type_basic.go:29:12
./named_type_basic.go:29:30:     from fmt.Printf("%.4f %v\n", ... argument...) (call parameter) at ./named_type_basic.go:29:12
./named_type_basic.go:29:13: r escapes to heap:
./named_type_basic.go:29:13:   flow: {storage for ... argument} = &{storage for r}:
./named_type_basic.go:29:13:     from r (spill) at ./named_type_basic.go:29:13
./named_type_basic.go:29:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:29:12
./named_type_basic.go:29:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:29:13:     from ... argument (spill) at ./named_type_basic.go:29:12
./named_type_basic.go:29:13:     from fmt.Printf("%.4f %v\n", ... argument...) (call parameter) at ./named_type_basic.go:29:12
./named_type_basic.go:26:33: l < "zzz" escapes to heap:
./named_type_basic.go:26:33:   flow: {storage for ... argument} = &{storage for l < "zzz"}:
./named_type_basic.go:26:33:     from l < "zzz" (spill) at ./named_type_basic.go:26:33
./named_type_basic.go:26:33:     from ... argument (slice-literal-element) at ./named_type_basic.go:26:13
./named_type_basic.go:26:33:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:26:33:     from ... argument (spill) at ./named_type_basic.go:26:13
./named_type_basic.go:26:33:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:26:13
./named_type_basic.go:26:26: l[0] escapes to heap:
./named_type_basic.go:26:26:   flow: {storage for ... argument} = &{storage for l[0]}:
./named_type_basic.go:26:26:     from l[0] (spill) at ./named_type_basic.go:26:26
./named_type_basic.go:26:26:     from ... argument (slice-literal-element) at ./named_type_basic.go:26:13
./named_type_basic.go:26:26:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:26:26:     from ... argument (spill) at ./named_type_basic.go:26:13
./named_type_basic.go:26:26:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:26:13
./named_type_basic.go:26:20: len(l) escapes to heap:
./named_type_basic.go:26:20:   flow: {storage for ... argument} = &{storage for len(l)}:
./named_type_basic.go:26:20:     from len(l) (spill) at ./named_type_basic.go:26:20
./named_type_basic.go:26:20:     from ... argument (slice-literal-element) at ./named_type_basic.go:26:13
./named_type_basic.go:26:20:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:26:20:     from ... argument (spill) at ./named_type_basic.go:26:13
./named_type_basic.go:26:20:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:26:13
./named_type_basic.go:26:13: l escapes to heap:
./named_type_basic.go:26:13:   flow: {storage for ... argument} = &{storage for l}:
./named_type_basic.go:26:13:     from l (spill) at ./named_type_basic.go:26:13
./named_type_basic.go:26:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:26:13
./named_type_basic.go:26:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:26:13:     from ... argument (spill) at ./named_type_basic.go:26:13
./named_type_basic.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:26:13
./named_type_basic.go:22:41: Meters(f / 3) == m escapes to heap:
./named_type_basic.go:22:41:   flow: {storage for ... argument} = &{storage for Meters(f / 3) == m}:
./named_type_basic.go:22:41:     from Meters(f / 3) == m (spill) at ./named_type_basic.go:22:41
./named_type_basic.go:22:41:     from ... argument (slice-literal-element) at ./named_type_basic.go:22:13
./named_type_basic.go:22:41:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:22:41:     from ... argument (spill) at ./named_type_basic.go:22:13
./named_type_basic.go:22:41:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:22:13
./named_type_basic.go:22:20: int(m) + int(f) escapes to heap:
./named_type_basic.go:22:20:   flow: {storage for ... argument} = &{storage for int(m) + int(f)}:
./named_type_basic.go:22:20:     from int(m) + int(f) (spill) at ./named_type_basic.go:22:20
./named_type_basic.go:22:20:     from ... argument (slice-literal-element) at ./named_type_basic.go:22:13
./named_type_basic.go:22:20:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:22:20:     from ... argument (spill) at ./named_type_basic.go:22:13
./named_type_basic.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:22:13
./named_type_basic.go:21:13: f escapes to heap:
./named_type_basic.go:21:13:   flow: {storage for ... argument} = &{storage for f}:
./named_type_basic.go:21:13:     from f (spill) at ./named_type_basic.go:21:13
./named_type_basic.go:21:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:21:13
./named_type_basic.go:21:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:21:13:     from ... argument (spill) at ./named_type_basic.go:21:13
./named_type_basic.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:21:13
./named_type_basic.go:18:23: m % 7 escapes to heap:
./named_type_basic.go:18:23:   flow: {storage for ... argument} = &{storage for m % 7}:
./named_type_basic.go:18:23:     from m % 7 (spill) at ./named_type_basic.go:18:23
./named_type_basic.go:18:23:     from ... argument (slice-literal-element) at ./named_type_basic.go:18:13
./named_type_basic.go:18:23:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:18:23:     from ... argument (spill) at ./named_type_basic.go:18:13
./named_type_basic.go:18:23:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:18:13
./named_type_basic.go:18:18: m / 4 escapes to heap:
./named_type_basic.go:18:18:   flow: {storage for ... argument} = &{storage for m / 4}:
./named_type_basic.go:18:18:     from m / 4 (spill) at ./named_type_basic.go:18:18
./named_type_basic.go:18:18:     from ... argument (slice-literal-element) at ./named_type_basic.go:18:13
./named_type_basic.go:18:18:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:18:18:     from ... argument (spill) at ./named_type_basic.go:18:13
./named_type_basic.go:18:18:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:18:13
./named_type_basic.go:18:13: m escapes to heap:
./named_type_basic.go:18:13:   flow: {storage for ... argument} = &{storage for m}:
./named_type_basic.go:18:13:     from m (spill) at ./named_type_basic.go:18:13
./named_type_basic.go:18:13:     from ... argument (slice-literal-element) at ./named_type_basic.go:18:13
./named_type_basic.go:18:13:   flow: {heap} = {storage for ... argument}:
./named_type_basic.go:18:13:     from ... argument (spill) at ./named_type_basic.go:18:13
./named_type_basic.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./named_type_basic.go:18:13
./named_type_basic.go:43:16: []Meters{...} escapes to heap:
./named_type_basic.go:43:16:   flow: ms = &{storage for []Meters{...}}:
./named_type_basic.go:43:16:     from []Meters{...} (spill) at ./named_type_basic.go:43:16
./named_type_basic.go:43:16:     from ms := []Meters{...} (assign) at ./named_type_basic.go:43:5
./named_type_basic.go:43:16:   flow: {storage for ms} = ms:
./named_type_basic.go:43:16:     from ms (interface-converted) at ./named_type_basic.go:49:13
./named_type_basic.go:18:13: ... argument does not escape
./named_type_basic.go:18:13: m escapes to heap
./named_type_basic.go:18:18: m / 4 escapes to heap
./named_type_basic.go:18:23: m % 7 escapes to heap
./named_type_basic.go:21:13: ... argument does not escape
./named_type_basic.go:21:13: f escapes to heap
./named_type_basic.go:22:13: ... argument does not escape
./named_type_basic.go:22:20: int(m) + int(f) escapes to heap
./named_type_basic.go:22:41: Meters(f / 3) == m escapes to heap
./named_type_basic.go:26:13: ... argument does not escape
./named_type_basic.go:26:13: l escapes to heap
./named_type_basic.go:26:20: len(l) escapes to heap
./named_type_basic.go:26:26: l[0] escapes to heap
./named_type_basic.go:26:33: l < "zzz" escapes to heap
./named_type_basic.go:29:12: ... argument does not escape
./named_type_basic.go:29:13: r escapes to heap
./named_type_basic.go:29:30: r * 3 escapes to heap
./named_type_basic.go:34:13: ... argument does not escape
./named_type_basic.go:34:13: mk escapes to heap
./named_type_basic.go:34:18: ^Mask(0) escapes to heap
./named_type_basic.go:36:12: ... argument does not escape
./named_type_basic.go:36:13: m escapes to heap
./named_type_basic.go:36:13: f escapes to heap
./named_type_basic.go:36:13: l escapes to heap
./named_type_basic.go:36:13: r escapes to heap
./named_type_basic.go:36:13: mk escapes to heap
./named_type_basic.go:37:12: ... argument does not escape
./named_type_basic.go:37:13: m escapes to heap
./named_type_basic.go:37:13: f escapes to heap
./named_type_basic.go:37:13: l escapes to heap
./named_type_basic.go:37:13: l escapes to heap
./named_type_basic.go:37:13: mk escapes to heap
./named_type_basic.go:41:12: ... argument does not escape
./named_type_basic.go:41:13: x escapes to heap
./named_type_basic.go:41:13: x escapes to heap
./named_type_basic.go:43:16: []Meters{...} escapes to heap
./named_type_basic.go:48:13: ... argument does not escape
./named_type_basic.go:48:13: total escapes to heap
./named_type_basic.go:48:13: ms escapes to heap
./named_type_basic.go:49:12: ... argument does not escape
./named_type_basic.go:49:13: ms escapes to heap
