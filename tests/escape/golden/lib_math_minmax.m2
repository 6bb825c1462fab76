./lib_math_minmax.go:20:114: math.Float32bits(float32(math.Inf(1))) escapes to heap:
./lib_math_minmax.go:20:114:   flow: {storage for ... argument} = &{storage for math.Float32bits(float32(math.Inf(1)))}:
./lib_math_minmax.go:20:114:     from math.Float32bits(float32(math.Inf(1))) (spill) at ./lib_math_minmax.go:20:114
./lib_math_minmax.go:20:114:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:20:13
./lib_math_minmax.go:20:114:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:20:114:     from ... argument (spill) at ./lib_math_minmax.go:20:13
./lib_math_minmax.go:20:114:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:20:13
./lib_math_minmax.go:20:76: math.Float64frombits(0x7ff0000000000000) escapes to heap:
./lib_math_minmax.go:20:76:   flow: {storage for ... argument} = &{storage for math.Float64frombits(0x7ff0000000000000)}:
./lib_math_minmax.go:20:76:     from math.Float64frombits(0x7ff0000000000000) (spill) at ./lib_math_minmax.go:20:76
./lib_math_minmax.go:20:76:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:20:13
./lib_math_minmax.go:20:76:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:20:76:     from ... argument (spill) at ./lib_math_minmax.go:20:13
./lib_math_minmax.go:20:76:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:20:13
./lib_math_minmax.go:20:34: math.Float64frombits(0x3ff8000000000000) escapes to heap:
./lib_math_minmax.go:20:34:   flow: {storage for ... argument} = &{storage for math.Float64frombits(0x3ff8000000000000)}:
./lib_math_minmax.go:20:34:     from math.Float64frombits(0x3ff8000000000000) (spill) at ./lib_math_minmax.go:20:34
./lib_math_minmax.go:20:34:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:20:13
./lib_math_minmax.go:20:34:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:20:34:     from ... argument (spill) at ./lib_math_minmax.go:20:13
./lib_math_minmax.go:20:34:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:20:13
./lib_math_minmax.go:19:68: math.Float32frombits(0x3fc00000) escapes to heap:
./lib_math_minmax.go:19:68:   flow: {storage for ... argument} = &{storage for math.Float32frombits(0x3fc00000)}:
./lib_math_minmax.go:19:68:     from math.Float32frombits(0x3fc00000) (spill) at ./lib_math_minmax.go:19:68
./lib_math_minmax.go:19:68:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:19:12
./lib_math_minmax.go:19:68:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:19:68:     from ... argument (spill) at ./lib_math_minmax.go:19:12
./lib_math_minmax.go:19:68:     from fmt.Printf("%#x %v\n", ... argument...) (call parameter) at ./lib_math_minmax.go:19:12
./lib_math_minmax.go:19:41: math.Float32bits(1.5) escapes to heap:
./lib_math_minmax.go:19:41:   flow: {storage for ... argument} = &{storage for math.Float32bits(1.5)}:
./lib_math_minmax.go:19:41:     from math.Float32bits(1.5) (spill) at ./lib_math_minmax.go:19:41
./lib_math_minmax.go:19:41:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:19:12
./lib_math_minmax.go:19:41:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:19:41:     from ... argument (spill) at ./lib_math_minmax.go:19:12
./lib_math_minmax.go:19:41:     from fmt.Printf("%#x %v\n", ... argument...) (call parameter) at ./lib_math_minmax.go:19:12
./lib_math_minmax.go:18:72: math.Float64bits(math.Inf(-1)) escapes to heap:
./lib_math_minmax.go:18:72:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.Inf(-1))}:
./lib_math_minmax.go:18:72:     from math.Float64bits(math.Inf(-1)) (spill) at ./lib_math_minmax.go:18:72
./lib_math_minmax.go:18:72:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:18:12
./lib_math_minmax.go:18:72:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:18:72:     from ... argument (spill) at ./lib_math_minmax.go:18:12
./lib_math_minmax.go:18:72:     from fmt.Printf("%#x %#x\n", ... argument...) (call parameter) at ./lib_math_minmax.go:18:12
./lib_math_minmax.go:18:42: math.Float64bits(math.NaN()) escapes to heap:
./lib_math_minmax.go:18:42:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.NaN())}:
./lib_math_minmax.go:18:42:     from math.Float64bits(math.NaN()) (spill) at ./lib_math_minmax.go:18:42
./lib_math_minmax.go:18:42:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:18:12
./lib_math_minmax.go:18:42:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:18:42:     from ... argument (spill) at ./lib_math_minmax.go:18:12
./lib_math_minmax.go:18:42:     from fmt.Printf("%#x %#x\n", ... argument...) (call parameter) at ./lib_math_minmax.go:18:12
./lib_math_minmax.go:17:94: math.Nextafter(1, 1) escapes to heap:
./lib_math_minmax.go:17:94:   flow: {storage for ... argument} = &{storage for math.Nextafter(1, 1)}:
./lib_math_minmax.go:17:94:     from math.Nextafter(1, 1) (spill) at ./lib_math_minmax.go:17:94
./lib_math_minmax.go:17:94:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:94:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:17:94:     from ... argument (spill) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:94:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:72: math.Nextafter(0, 1) escapes to heap:
./lib_math_minmax.go:17:72:   flow: {storage for ... argument} = &{storage for math.Nextafter(0, 1)}:
./lib_math_minmax.go:17:72:     from math.Nextafter(0, 1) (spill) at ./lib_math_minmax.go:17:72
./lib_math_minmax.go:17:72:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:72:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:17:72:     from ... argument (spill) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:72:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:50: math.Nextafter(1, 0) escapes to heap:
./lib_math_minmax.go:17:50:   flow: {storage for ... argument} = &{storage for math.Nextafter(1, 0)}:
./lib_math_minmax.go:17:50:     from math.Nextafter(1, 0) (spill) at ./lib_math_minmax.go:17:50
./lib_math_minmax.go:17:50:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:50:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:17:50:     from ... argument (spill) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:50:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:28: math.Nextafter(1, 2) escapes to heap:
./lib_math_minmax.go:17:28:   flow: {storage for ... argument} = &{storage for math.Nextafter(1, 2)}:
./lib_math_minmax.go:17:28:     from math.Nextafter(1, 2) (spill) at ./lib_math_minmax.go:17:28
./lib_math_minmax.go:17:28:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:28:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:17:28:     from ... argument (spill) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:17:28:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:17:13
./lib_math_minmax.go:16:92: math.Mod(1e300, 3) escapes to heap:
./lib_math_minmax.go:16:92:   flow: {storage for ... argument} = &{storage for math.Mod(1e300, 3)}:
./lib_math_minmax.go:16:92:     from math.Mod(1e300, 3) (spill) at ./lib_math_minmax.go:16:92
./lib_math_minmax.go:16:92:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:92:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:16:92:     from ... argument (spill) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:92:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:72: math.Mod(5.5, 1.5) escapes to heap:
./lib_math_minmax.go:16:72:   flow: {storage for ... argument} = &{storage for math.Mod(5.5, 1.5)}:
./lib_math_minmax.go:16:72:     from math.Mod(5.5, 1.5) (spill) at ./lib_math_minmax.go:16:72
./lib_math_minmax.go:16:72:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:72:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:16:72:     from ... argument (spill) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:72:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:55: math.Mod(7, -3) escapes to heap:
./lib_math_minmax.go:16:55:   flow: {storage for ... argument} = &{storage for math.Mod(7, -3)}:
./lib_math_minmax.go:16:55:     from math.Mod(7, -3) (spill) at ./lib_math_minmax.go:16:55
./lib_math_minmax.go:16:55:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:55:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:16:55:     from ... argument (spill) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:55:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:38: math.Mod(-7, 3) escapes to heap:
./lib_math_minmax.go:16:38:   flow: {storage for ... argument} = &{storage for math.Mod(-7, 3)}:
./lib_math_minmax.go:16:38:     from math.Mod(-7, 3) (spill) at ./lib_math_minmax.go:16:38
./lib_math_minmax.go:16:38:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:38:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:16:38:     from ... argument (spill) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:38:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:22: math.Mod(7, 3) escapes to heap:
./lib_math_minmax.go:16:22:   flow: {storage for ... argument} = &{storage for math.Mod(7, 3)}:
./lib_math_minmax.go:16:22:     from math.Mod(7, 3) (spill) at ./lib_math_minmax.go:16:22
./lib_math_minmax.go:16:22:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:22:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:16:22:     from ... argument (spill) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:16:22:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:16:13
./lib_math_minmax.go:13:171: math.Signbit(math.Min(x, y)) escapes to heap:
./lib_math_minmax.go:13:171:   flow: {storage for ... argument} = &{storage for math.Signbit(math.Min(x, y))}:
./lib_math_minmax.go:13:171:     from math.Signbit(math.Min(x, y)) (spill) at ./lib_math_minmax.go:13:171
./lib_math_minmax.go:13:171:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:171:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:13:171:     from ... argument (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:171:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:141: math.Signbit(math.Max(x, y)) escapes to heap:
./lib_math_minmax.go:13:141:   flow: {storage for ... argument} = &{storage for math.Signbit(math.Max(x, y))}:
./lib_math_minmax.go:13:141:     from math.Signbit(math.Max(x, y)) (spill) at ./lib_math_minmax.go:13:141
./lib_math_minmax.go:13:141:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:141:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:13:141:     from ... argument (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:141:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:121: math.Copysign(x, y) escapes to heap:
./lib_math_minmax.go:13:121:   flow: {storage for ... argument} = &{storage for math.Copysign(x, y)}:
./lib_math_minmax.go:13:121:     from math.Copysign(x, y) (spill) at ./lib_math_minmax.go:13:121
./lib_math_minmax.go:13:121:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:121:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:13:121:     from ... argument (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:121:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:100: math.Remainder(x, y) escapes to heap:
./lib_math_minmax.go:13:100:   flow: {storage for ... argument} = &{storage for math.Remainder(x, y)}:
./lib_math_minmax.go:13:100:     from math.Remainder(x, y) (spill) at ./lib_math_minmax.go:13:100
./lib_math_minmax.go:13:100:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:100:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:13:100:     from ... argument (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:100:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:78: math.Mod(x, y) escapes to heap:
./lib_math_minmax.go:13:78:   flow: {storage for ... argument} = &{storage for math.Mod(x, y)}:
./lib_math_minmax.go:13:78:     from math.Mod(x, y) (spill) at ./lib_math_minmax.go:13:78
./lib_math_minmax.go:13:78:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:78:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:13:78:     from ... argument (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:78:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:62: math.Dim(x, y) escapes to heap:
./lib_math_minmax.go:13:62:   flow: {storage for ... argument} = &{storage for math.Dim(x, y)}:
./lib_math_minmax.go:13:62:     from math.Dim(x, y) (spill) at ./lib_math_minmax.go:13:62
./lib_math_minmax.go:13:62:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:62:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:13:62:     from ... argument (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:62:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:46: math.Min(x, y) escapes to heap:
./lib_math_minmax.go:13:46:   flow: {storage for ... argument} = &{storage for math.Min(x, y)}:
./lib_math_minmax.go:13:46:     from math.Min(x, y) (spill) at ./lib_math_minmax.go:13:46
./lib_math_minmax.go:13:46:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:46:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:13:46:     from ... argument (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:46:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:30: math.Max(x, y) escapes to heap:
./lib_math_minmax.go:13:30:   flow: {storage for ... argument} = &{storage for math.Max(x, y)}:
./lib_math_minmax.go:13:30:     from math.Max(x, y) (spill) at ./lib_math_minmax.go:13:30
./lib_math_minmax.go:13:30:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:30:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:13:30:     from ... argument (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:30:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:15: y escapes to heap:
./lib_math_minmax.go:13:15:   flow: {storage for ... argument} = &{storage for y}:
./lib_math_minmax.go:13:15:     from y (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:15:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:15:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:13:15:     from ... argument (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:15:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:15: x escapes to heap:
./lib_math_minmax.go:13:15:   flow: {storage for ... argument} = &{storage for x}:
./lib_math_minmax.go:13:15:     from x (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:15:     from ... argument (slice-literal-element) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:15:   flow: {heap} = {storage for ... argument}:
./lib_math_minmax.go:13:15:     from ... argument (spill) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:13:15:     from fmt.Println(... argument...) (call parameter) at ./lib_math_minmax.go:13:15
./lib_math_minmax.go:10:19: []float64{...} does not escape
./lib_math_minmax.go:13:15: ... argument does not escape
./lib_math_minmax.go:13:15: x escapes to heap
./lib_math_minmax.go:13:15: y escapes to heap
./lib_math_minmax.go:13:30: math.Max(x, y) escapes to heap
./lib_math_minmax.go:13:46: math.Min(x, y) escapes to heap
./lib_math_minmax.go:13:62: math.Dim(x, y) escapes to heap
./lib_math_minmax.go:13:78: math.Mod(x, y) escapes to heap
./lib_math_minmax.go:13:100: math.Remainder(x, y) escapes to heap
./lib_math_minmax.go:13:121: math.Copysign(x, y) escapes to heap
./lib_math_minmax.go:13:141: math.Signbit(math.Max(x, y)) escapes to heap
./lib_math_minmax.go:13:171: math.Signbit(math.Min(x, y)) escapes to heap
./lib_math_minmax.go:16:13: ... argument does not escape
./lib_math_minmax.go:16:22: math.Mod(7, 3) escapes to heap
./lib_math_minmax.go:16:38: math.Mod(-7, 3) escapes to heap
./lib_math_minmax.go:16:55: math.Mod(7, -3) escapes to heap
./lib_math_minmax.go:16:72: math.Mod(5.5, 1.5) escapes to heap
./lib_math_minmax.go:16:92: math.Mod(1e300, 3) escapes to heap
./lib_math_minmax.go:17:13: ... argument does not escape
./lib_math_minmax.go:17:28: math.Nextafter(1, 2) escapes to heap
./lib_math_minmax.go:17:50: math.Nextafter(1, 0) escapes to heap
./lib_math_minmax.go:17:72: math.Nextafter(0, 1) escapes to heap
./lib_math_minmax.go:17:94: math.Nextafter(1, 1) escapes to heap
./lib_math_minmax.go:18:12: ... argument does not escape
./lib_math_minmax.go:18:42: math.Float64bits(math.NaN()) escapes to heap
./lib_math_minmax.go:18:72: math.Float64bits(math.Inf(-1)) escapes to heap
./lib_math_minmax.go:19:12: ... argument does not escape
./lib_math_minmax.go:19:41: math.Float32bits(1.5) escapes to heap
./lib_math_minmax.go:19:68: math.Float32frombits(0x3fc00000) escapes to heap
./lib_math_minmax.go:20:13: ... argument does not escape
./lib_math_minmax.go:20:34: math.Float64frombits(0x3ff8000000000000) escapes to heap
./lib_math_minmax.go:20:76: math.Float64frombits(0x7ff0000000000000) escapes to heap
./lib_math_minmax.go:20:114: math.Float32bits(float32(math.Inf(1))) escapes to heap
