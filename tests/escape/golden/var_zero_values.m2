./var_zero_values.go:62:13: gString escapes to heap:
./var_zero_values.go:62:13:   flow: {storage for ... argument} = &{storage for gString}:
./var_zero_values.go:62:13:     from gString (spill) at ./var_zero_values.go:62:13
./var_zero_values.go:62:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:62:13
./var_zero_values.go:62:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:62:13:     from ... argument (spill) at ./var_zero_values.go:62:13
./var_zero_values.go:62:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:62:13
./var_zero_values.go:62:13: gInt escapes to heap:
./var_zero_values.go:62:13:   flow: {storage for ... argument} = &{storage for gInt}:
./var_zero_values.go:62:13:     from gInt (spill) at ./var_zero_values.go:62:13
./var_zero_values.go:62:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:62:13
./var_zero_values.go:62:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:62:13:     from ... argument (spill) at ./var_zero_values.go:62:13
./var_zero_values.go:62:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:62:13
./var_zero_values.go:59:13: v escapes to heap:
./var_zero_values.go:59:13:   flow: {storage for ... argument} = &{storage for v}:
./var_zero_values.go:59:13:     from v (spill) at ./var_zero_values.go:59:13
./var_zero_values.go:59:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:59:13
./var_zero_values.go:59:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:59:13:     from ... argument (spill) at ./var_zero_values.go:59:13
./var_zero_values.go:59:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:59:13
./var_zero_values.go:59:13: counter escapes to heap:
./var_zero_values.go:59:13:   flow: {storage for ... argument} = &{storage for counter}:
./var_zero_values.go:59:13:     from counter (spill) at ./var_zero_values.go:59:13
./var_zero_values.go:59:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:59:13
./var_zero_values.go:59:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:59:13:     from ... argument (spill) at ./var_zero_values.go:59:13
./var_zero_values.go:59:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:59:13
./var_zero_values.go:55:13: counter escapes to heap:
./var_zero_values.go:55:13:   flow: {storage for ... argument} = &{storage for counter}:
./var_zero_values.go:55:13:     from counter (spill) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:55:13:     from ... argument (spill) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13: target escapes to heap:
./var_zero_values.go:55:13:   flow: {storage for ... argument} = &{storage for target}:
./var_zero_values.go:55:13:     from target (spill) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:55:13:     from ... argument (spill) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13: greeting escapes to heap:
./var_zero_values.go:55:13:   flow: {storage for ... argument} = &{storage for greeting}:
./var_zero_values.go:55:13:     from greeting (spill) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:55:13:     from ... argument (spill) at ./var_zero_values.go:55:13
./var_zero_values.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:55:13
./var_zero_values.go:53:13: z escapes to heap:
./var_zero_values.go:53:13:   flow: {storage for ... argument} = &{storage for z}:
./var_zero_values.go:53:13:     from z (spill) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:53:13:     from ... argument (spill) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13: y escapes to heap:
./var_zero_values.go:53:13:   flow: {storage for ... argument} = &{storage for y}:
./var_zero_values.go:53:13:     from y (spill) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:53:13:     from ... argument (spill) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13: x escapes to heap:
./var_zero_values.go:53:13:   flow: {storage for ... argument} = &{storage for x}:
./var_zero_values.go:53:13:     from x (spill) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:53:13:     from ... argument (spill) at ./var_zero_values.go:53:13
./var_zero_values.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:53:13
./var_zero_values.go:46:13: b escapes to heap:
./var_zero_values.go:46:13:   flow: {storage for ... argument} = &{storage for b}:
./var_zero_values.go:46:13:     from b (spill) at ./var_zero_values.go:46:13
./var_zero_values.go:46:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:46:12
./var_zero_values.go:46:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:46:13:     from ... argument (spill) at ./var_zero_values.go:46:12
./var_zero_values.go:46:13:     from fmt.Printf("[%s] [%d] [%v]\n", ... argument...) (call parameter) at ./var_zero_values.go:46:12
./var_zero_values.go:46:13: i escapes to heap:
./var_zero_values.go:46:13:   flow: {storage for ... argument} = &{storage for i}:
./var_zero_values.go:46:13:     from i (spill) at ./var_zero_values.go:46:13
./var_zero_values.go:46:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:46:12
./var_zero_values.go:46:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:46:13:     from ... argument (spill) at ./var_zero_values.go:46:12
./var_zero_values.go:46:13:     from fmt.Printf("[%s] [%d] [%v]\n", ... argument...) (call parameter) at ./var_zero_values.go:46:12
./var_zero_values.go:46:13: s escapes to heap:
./var_zero_values.go:46:13:   flow: {storage for ... argument} = &{storage for s}:
./var_zero_values.go:46:13:     from s (spill) at ./var_zero_values.go:46:13
./var_zero_values.go:46:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:46:12
./var_zero_values.go:46:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:46:13:     from ... argument (spill) at ./var_zero_values.go:46:12
./var_zero_values.go:46:13:     from fmt.Printf("[%s] [%d] [%v]\n", ... argument...) (call parameter) at ./var_zero_values.go:46:12
./var_zero_values.go:45:13: f escapes to heap:
./var_zero_values.go:45:13:   flow: {storage for ... argument} = &{storage for f}:
./var_zero_values.go:45:13:     from f (spill) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:45:13:     from ... argument (spill) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13: s escapes to heap:
./var_zero_values.go:45:13:   flow: {storage for ... argument} = &{storage for s}:
./var_zero_values.go:45:13:     from s (spill) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:45:13:     from ... argument (spill) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13: i escapes to heap:
./var_zero_values.go:45:13:   flow: {storage for ... argument} = &{storage for i}:
./var_zero_values.go:45:13:     from i (spill) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:45:13:     from ... argument (spill) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13: b escapes to heap:
./var_zero_values.go:45:13:   flow: {storage for ... argument} = &{storage for b}:
./var_zero_values.go:45:13:     from b (spill) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:45:13:     from ... argument (spill) at ./var_zero_values.go:45:13
./var_zero_values.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:45:13
./var_zero_values.go:39:13: gRune escapes to heap:
./var_zero_values.go:39:13:   flow: {storage for ... argument} = &{storage for gRune}:
./var_zero_values.go:39:13:     from gRune (spill) at ./var_zero_values.go:39:13
./var_zero_values.go:39:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:39:12
./var_zero_values.go:39:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:39:13:     from ... argument (spill) at ./var_zero_values.go:39:12
./var_zero_values.go:39:13:     from fmt.Printf("%q %v %T\n", ... argument...) (call parameter) at ./var_zero_values.go:39:12
./var_zero_values.go:39:13: gF64 escapes to heap:
./var_zero_values.go:39:13:   flow: {storage for ... argument} = &{storage for gF64}:
./var_zero_values.go:39:13:     from gF64 (spill) at ./var_zero_values.go:39:13
./var_zero_values.go:39:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:39:12
./var_zero_values.go:39:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:39:13:     from ... argument (spill) at ./var_zero_values.go:39:12
./var_zero_values.go:39:13:     from fmt.Printf("%q %v %T\n", ... argument...) (call parameter) at ./var_zero_values.go:39:12
./var_zero_values.go:39:13: gString escapes to heap:
./var_zero_values.go:39:13:   flow: {storage for ... argument} = &{storage for gString}:
./var_zero_values.go:39:13:     from gString (spill) at ./var_zero_values.go:39:13
./var_zero_values.go:39:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:39:12
./var_zero_values.go:39:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:39:13:     from ... argument (spill) at ./var_zero_values.go:39:12
./var_zero_values.go:39:13:     from fmt.Printf("%q %v %T\n", ... argument...) (call parameter) at ./var_zero_values.go:39:12
./var_zero_values.go:38:44: len(gString) escapes to heap:
./var_zero_values.go:38:44:   flow: {storage for ... argument} = &{storage for len(gString)}:
./var_zero_values.go:38:44:     from len(gString) (spill) at ./var_zero_values.go:38:44
./var_zero_values.go:38:44:     from ... argument (slice-literal-element) at ./var_zero_values.go:38:13
./var_zero_values.go:38:44:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:38:44:     from ... argument (spill) at ./var_zero_values.go:38:13
./var_zero_values.go:38:44:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:38:13
./var_zero_values.go:38:34: gString == "" escapes to heap:
./var_zero_values.go:38:34:   flow: {storage for ... argument} = &{storage for gString == ""}:
./var_zero_values.go:38:34:     from gString == "" (spill) at ./var_zero_values.go:38:34
./var_zero_values.go:38:34:     from ... argument (slice-literal-element) at ./var_zero_values.go:38:13
./var_zero_values.go:38:34:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:38:34:     from ... argument (spill) at ./var_zero_values.go:38:13
./var_zero_values.go:38:34:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:38:13
./var_zero_values.go:38:13: gF64 escapes to heap:
./var_zero_values.go:38:13:   flow: {storage for ... argument} = &{storage for gF64}:
./var_zero_values.go:38:13:     from gF64 (spill) at ./var_zero_values.go:38:13
./var_zero_values.go:38:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:38:13
./var_zero_values.go:38:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:38:13:     from ... argument (spill) at ./var_zero_values.go:38:13
./var_zero_values.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:38:13
./var_zero_values.go:38:13: gF32 escapes to heap:
./var_zero_values.go:38:13:   flow: {storage for ... argument} = &{storage for gF32}:
./var_zero_values.go:38:13:     from gF32 (spill) at ./var_zero_values.go:38:13
./var_zero_values.go:38:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:38:13
./var_zero_values.go:38:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:38:13:     from ... argument (spill) at ./var_zero_values.go:38:13
./var_zero_values.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:38:13
./var_zero_values.go:37:13: gRune escapes to heap:
./var_zero_values.go:37:13:   flow: {storage for ... argument} = &{storage for gRune}:
./var_zero_values.go:37:13:     from gRune (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:37:13:     from ... argument (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13: gByte escapes to heap:
./var_zero_values.go:37:13:   flow: {storage for ... argument} = &{storage for gByte}:
./var_zero_values.go:37:13:     from gByte (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:37:13:     from ... argument (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13: gUintptr escapes to heap:
./var_zero_values.go:37:13:   flow: {storage for ... argument} = &{storage for gUintptr}:
./var_zero_values.go:37:13:     from gUintptr (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:37:13:     from ... argument (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13: gUint64 escapes to heap:
./var_zero_values.go:37:13:   flow: {storage for ... argument} = &{storage for gUint64}:
./var_zero_values.go:37:13:     from gUint64 (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:37:13:     from ... argument (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13: gUint32 escapes to heap:
./var_zero_values.go:37:13:   flow: {storage for ... argument} = &{storage for gUint32}:
./var_zero_values.go:37:13:     from gUint32 (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:37:13:     from ... argument (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13: gUint16 escapes to heap:
./var_zero_values.go:37:13:   flow: {storage for ... argument} = &{storage for gUint16}:
./var_zero_values.go:37:13:     from gUint16 (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:37:13:     from ... argument (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13: gUint8 escapes to heap:
./var_zero_values.go:37:13:   flow: {storage for ... argument} = &{storage for gUint8}:
./var_zero_values.go:37:13:     from gUint8 (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:37:13:     from ... argument (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13: gUint escapes to heap:
./var_zero_values.go:37:13:   flow: {storage for ... argument} = &{storage for gUint}:
./var_zero_values.go:37:13:     from gUint (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:37:13:     from ... argument (spill) at ./var_zero_values.go:37:13
./var_zero_values.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:37:13
./var_zero_values.go:36:13: gInt64 escapes to heap:
./var_zero_values.go:36:13:   flow: {storage for ... argument} = &{storage for gInt64}:
./var_zero_values.go:36:13:     from gInt64 (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:36:13:     from ... argument (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13: gInt32 escapes to heap:
./var_zero_values.go:36:13:   flow: {storage for ... argument} = &{storage for gInt32}:
./var_zero_values.go:36:13:     from gInt32 (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:36:13:     from ... argument (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13: gInt16 escapes to heap:
./var_zero_values.go:36:13:   flow: {storage for ... argument} = &{storage for gInt16}:
./var_zero_values.go:36:13:     from gInt16 (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:36:13:     from ... argument (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13: gInt8 escapes to heap:
./var_zero_values.go:36:13:   flow: {storage for ... argument} = &{storage for gInt8}:
./var_zero_values.go:36:13:     from gInt8 (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:36:13:     from ... argument (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13: gInt escapes to heap:
./var_zero_values.go:36:13:   flow: {storage for ... argument} = &{storage for gInt}:
./var_zero_values.go:36:13:     from gInt (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:36:13:     from ... argument (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13: gBool escapes to heap:
./var_zero_values.go:36:13:   flow: {storage for ... argument} = &{storage for gBool}:
./var_zero_values.go:36:13:     from gBool (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from ... argument (slice-literal-element) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:   flow: {heap} = {storage for ... argument}:
./var_zero_values.go:36:13:     from ... argument (spill) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./var_zero_values.go:36:13
./var_zero_values.go:36:13: ... argument does not escape
./var_zero_values.go:36:13: gBool escapes to heap
./var_zero_values.go:36:13: gInt escapes to heap
./var_zero_values.go:36:13: gInt8 escapes to heap
./var_zero_values.go:36:13: gInt16 escapes to heap
./var_zero_values.go:36:13: gInt32 escapes to heap
./var_zero_values.go:36:13: gInt64 escapes to heap
./var_zero_values.go:37:13: ... argument does not escape
./var_zero_values.go:37:13: gUint escapes to heap
./var_zero_values.go:37:13: gUint8 escapes to heap
./var_zero_values.go:37:13: gUint16 escapes to heap
./var_zero_values.go:37:13: gUint32 escapes to heap
./var_zero_values.go:37:13: gUint64 escapes to heap
./var_zero_values.go:37:13: gUintptr escapes to heap
./var_zero_values.go:37:13: gByte escapes to heap
./var_zero_values.go:37:13: gRune escapes to heap
./var_zero_values.go:38:13: ... argument does not escape
./var_zero_values.go:38:13: gF32 escapes to heap
./var_zero_values.go:38:13: gF64 escapes to heap
./var_zero_values.go:38:34: gString == "" escapes to heap
./var_zero_values.go:38:44: len(gString) escapes to heap
./var_zero_values.go:39:12: ... argument does not escape
./var_zero_values.go:39:13: gString escapes to heap
./var_zero_values.go:39:13: gF64 escapes to heap
./var_zero_values.go:39:13: gRune escapes to heap
./var_zero_values.go:45:13: ... argument does not escape
./var_zero_values.go:45:13: b escapes to heap
./var_zero_values.go:45:13: i escapes to heap
./var_zero_values.go:45:13: s escapes to heap
./var_zero_values.go:45:13: f escapes to heap
./var_zero_values.go:46:12: ... argument does not escape
./var_zero_values.go:46:13: s escapes to heap
./var_zero_values.go:46:13: i escapes to heap
./var_zero_values.go:46:13: b escapes to heap
./var_zero_values.go:53:13: ... argument does not escape
./var_zero_values.go:53:13: x escapes to heap
./var_zero_values.go:53:13: y escapes to heap
./var_zero_values.go:53:13: z escapes to heap
./var_zero_values.go:55:13: ... argument does not escape
./var_zero_values.go:55:13: greeting escapes to heap
./var_zero_values.go:55:13: target escapes to heap
./var_zero_values.go:55:13: counter escapes to heap
./var_zero_values.go:59:13: ... argument does not escape
./var_zero_values.go:59:13: counter escapes to heap
./var_zero_values.go:59:13: v escapes to heap
./var_zero_values.go:62:13: ... argument does not escape
./var_zero_values.go:62:13: gInt escapes to heap
./var_zero_values.go:62:13: gString escapes to heap
