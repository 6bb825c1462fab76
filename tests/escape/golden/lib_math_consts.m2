./lib_math_consts.go:24:172: math.Float64bits(math.Sqrt2) escapes to heap:
./lib_math_consts.go:24:172:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.Sqrt2)}:
./lib_math_consts.go:24:172:     from math.Float64bits(math.Sqrt2) (spill) at ./lib_math_consts.go:24:172
./lib_math_consts.go:24:172:     from ... argument (slice-literal-element) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:172:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:24:172:     from ... argument (spill) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:172:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:141: math.Float64bits(math.Log10E) escapes to heap:
./lib_math_consts.go:24:141:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.Log10E)}:
./lib_math_consts.go:24:141:     from math.Float64bits(math.Log10E) (spill) at ./lib_math_consts.go:24:141
./lib_math_consts.go:24:141:     from ... argument (slice-literal-element) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:141:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:24:141:     from ... argument (spill) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:141:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:111: math.Float64bits(math.Log2E) escapes to heap:
./lib_math_consts.go:24:111:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.Log2E)}:
./lib_math_consts.go:24:111:     from math.Float64bits(math.Log2E) (spill) at ./lib_math_consts.go:24:111
./lib_math_consts.go:24:111:     from ... argument (slice-literal-element) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:111:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:24:111:     from ... argument (spill) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:111:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:83: math.Float64bits(math.Ln2) escapes to heap:
./lib_math_consts.go:24:83:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.Ln2)}:
./lib_math_consts.go:24:83:     from math.Float64bits(math.Ln2) (spill) at ./lib_math_consts.go:24:83
./lib_math_consts.go:24:83:     from ... argument (slice-literal-element) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:83:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:24:83:     from ... argument (spill) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:83:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:57: math.Float64bits(math.E) escapes to heap:
./lib_math_consts.go:24:57:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.E)}:
./lib_math_consts.go:24:57:     from math.Float64bits(math.E) (spill) at ./lib_math_consts.go:24:57
./lib_math_consts.go:24:57:     from ... argument (slice-literal-element) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:57:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:24:57:     from ... argument (spill) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:57:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:30: math.Float64bits(math.Pi) escapes to heap:
./lib_math_consts.go:24:30:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.Pi)}:
./lib_math_consts.go:24:30:     from math.Float64bits(math.Pi) (spill) at ./lib_math_consts.go:24:30
./lib_math_consts.go:24:30:     from ... argument (slice-literal-element) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:30:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:24:30:     from ... argument (spill) at ./lib_math_consts.go:24:13
./lib_math_consts.go:24:30:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:24:13
./lib_math_consts.go:23:13: x escapes to heap:
./lib_math_consts.go:23:13:   flow: {storage for ... argument} = &{storage for x}:
./lib_math_consts.go:23:13:     from x (spill) at ./lib_math_consts.go:23:13
./lib_math_consts.go:23:13:     from ... argument (slice-literal-element) at ./lib_math_consts.go:23:12
./lib_math_consts.go:23:13:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:23:13:     from ... argument (spill) at ./lib_math_consts.go:23:12
./lib_math_consts.go:23:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./lib_math_consts.go:23:12
./lib_math_consts.go:23:13: x escapes to heap:
./lib_math_consts.go:23:13:   flow: {storage for ... argument} = &{storage for x}:
./lib_math_consts.go:23:13:     from x (spill) at ./lib_math_consts.go:23:13
./lib_math_consts.go:23:13:     from ... argument (slice-literal-element) at ./lib_math_consts.go:23:12
./lib_math_consts.go:23:13:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:23:13:     from ... argument (spill) at ./lib_math_consts.go:23:12
./lib_math_consts.go:23:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./lib_math_consts.go:23:12
./lib_math_consts.go:21:55: math.MaxInt8 escapes to heap:
./lib_math_consts.go:21:55:   flow: {storage for ... argument} = &{storage for math.MaxInt8}:
./lib_math_consts.go:21:55:     from math.MaxInt8 (spill) at ./lib_math_consts.go:21:55
./lib_math_consts.go:21:55:     from ... argument (slice-literal-element) at ./lib_math_consts.go:21:12
./lib_math_consts.go:21:55:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:21:55:     from ... argument (spill) at ./lib_math_consts.go:21:12
./lib_math_consts.go:21:55:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./lib_math_consts.go:21:12
./lib_math_consts.go:21:40: math.MaxInt32 escapes to heap:
./lib_math_consts.go:21:40:   flow: {storage for ... argument} = &{storage for math.MaxInt32}:
./lib_math_consts.go:21:40:     from math.MaxInt32 (spill) at ./lib_math_consts.go:21:40
./lib_math_consts.go:21:40:     from ... argument (slice-literal-element) at ./lib_math_consts.go:21:12
./lib_math_consts.go:21:40:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:21:40:     from ... argument (spill) at ./lib_math_consts.go:21:12
./lib_math_consts.go:21:40:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./lib_math_consts.go:21:12
./lib_math_consts.go:21:31: math.Pi escapes to heap:
./lib_math_consts.go:21:31:   flow: {storage for ... argument} = &{storage for math.Pi}:
./lib_math_consts.go:21:31:     from math.Pi (spill) at ./lib_math_consts.go:21:31
./lib_math_consts.go:21:31:     from ... argument (slice-literal-element) at ./lib_math_consts.go:21:12
./lib_math_consts.go:21:31:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:21:31:     from ... argument (spill) at ./lib_math_consts.go:21:12
./lib_math_consts.go:21:31:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./lib_math_consts.go:21:12
./lib_math_consts.go:20:61: tiny == 0 escapes to heap:
./lib_math_consts.go:20:61:   flow: {storage for ... argument} = &{storage for tiny == 0}:
./lib_math_consts.go:20:61:     from tiny == 0 (spill) at ./lib_math_consts.go:20:61
./lib_math_consts.go:20:61:     from ... argument (slice-literal-element) at ./lib_math_consts.go:20:13
./lib_math_consts.go:20:61:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:20:61:     from ... argument (spill) at ./lib_math_consts.go:20:13
./lib_math_consts.go:20:61:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:20:13
./lib_math_consts.go:20:44: math.MaxInt64 == 1 << 63 - 1 escapes to heap:
./lib_math_consts.go:20:44:   flow: {storage for ... argument} = &{storage for math.MaxInt64 == 1 << 63 - 1}:
./lib_math_consts.go:20:44:     from math.MaxInt64 == 1 << 63 - 1 (spill) at ./lib_math_consts.go:20:44
./lib_math_consts.go:20:44:     from ... argument (slice-literal-element) at ./lib_math_consts.go:20:13
./lib_math_consts.go:20:44:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:20:44:     from ... argument (spill) at ./lib_math_consts.go:20:13
./lib_math_consts.go:20:44:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:20:13
./lib_math_consts.go:20:20: big / 2 == 1 << 63 escapes to heap:
./lib_math_consts.go:20:20:   flow: {storage for ... argument} = &{storage for big / 2 == 1 << 63}:
./lib_math_consts.go:20:20:     from big / 2 == 1 << 63 (spill) at ./lib_math_consts.go:20:20
./lib_math_consts.go:20:20:     from ... argument (slice-literal-element) at ./lib_math_consts.go:20:13
./lib_math_consts.go:20:20:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:20:20:     from ... argument (spill) at ./lib_math_consts.go:20:13
./lib_math_consts.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:20:13
./lib_math_consts.go:18:54: float32(math.Pi) escapes to heap:
./lib_math_consts.go:18:54:   flow: {storage for ... argument} = &{storage for float32(math.Pi)}:
./lib_math_consts.go:18:54:     from float32(math.Pi) (spill) at ./lib_math_consts.go:18:54
./lib_math_consts.go:18:54:     from ... argument (slice-literal-element) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:54:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:18:54:     from ... argument (spill) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:54:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:41: math.Pi / 180 escapes to heap:
./lib_math_consts.go:18:41:   flow: {storage for ... argument} = &{storage for math.Pi / 180}:
./lib_math_consts.go:18:41:     from math.Pi / 180 (spill) at ./lib_math_consts.go:18:41
./lib_math_consts.go:18:41:     from ... argument (slice-literal-element) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:41:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:18:41:     from ... argument (spill) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:41:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:30: math.Pi * 2 escapes to heap:
./lib_math_consts.go:18:30:   flow: {storage for ... argument} = &{storage for math.Pi * 2}:
./lib_math_consts.go:18:30:     from math.Pi * 2 (spill) at ./lib_math_consts.go:18:30
./lib_math_consts.go:18:30:     from ... argument (slice-literal-element) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:30:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:18:30:     from ... argument (spill) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:30:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:13: i8 escapes to heap:
./lib_math_consts.go:18:13:   flow: {storage for ... argument} = &{storage for i8}:
./lib_math_consts.go:18:13:     from i8 (spill) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:13:     from ... argument (slice-literal-element) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:13:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:18:13:     from ... argument (spill) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:13: f32 escapes to heap:
./lib_math_consts.go:18:13:   flow: {storage for ... argument} = &{storage for f32}:
./lib_math_consts.go:18:13:     from f32 (spill) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:13:     from ... argument (slice-literal-element) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:13:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:18:13:     from ... argument (spill) at ./lib_math_consts.go:18:13
./lib_math_consts.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:18:13
./lib_math_consts.go:15:117: uint64(math.MaxUint64) escapes to heap:
./lib_math_consts.go:15:117:   flow: {storage for ... argument} = &{storage for uint64(math.MaxUint64)}:
./lib_math_consts.go:15:117:     from uint64(math.MaxUint64) (spill) at ./lib_math_consts.go:15:117
./lib_math_consts.go:15:117:     from ... argument (slice-literal-element) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:117:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:15:117:     from ... argument (spill) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:117:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:99: math.MaxUint32 escapes to heap:
./lib_math_consts.go:15:99:   flow: {storage for ... argument} = &{storage for math.MaxUint32}:
./lib_math_consts.go:15:99:     from math.MaxUint32 (spill) at ./lib_math_consts.go:15:99
./lib_math_consts.go:15:99:     from ... argument (slice-literal-element) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:99:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:15:99:     from ... argument (spill) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:99:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:83: math.MaxUint16 escapes to heap:
./lib_math_consts.go:15:83:   flow: {storage for ... argument} = &{storage for math.MaxUint16}:
./lib_math_consts.go:15:83:     from math.MaxUint16 (spill) at ./lib_math_consts.go:15:83
./lib_math_consts.go:15:83:     from ... argument (slice-literal-element) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:83:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:15:83:     from ... argument (spill) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:83:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:68: math.MaxUint8 escapes to heap:
./lib_math_consts.go:15:68:   flow: {storage for ... argument} = &{storage for math.MaxUint8}:
./lib_math_consts.go:15:68:     from math.MaxUint8 (spill) at ./lib_math_consts.go:15:68
./lib_math_consts.go:15:68:     from ... argument (slice-literal-element) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:68:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:15:68:     from ... argument (spill) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:68:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:48: uint(math.MaxUint) escapes to heap:
./lib_math_consts.go:15:48:   flow: {storage for ... argument} = &{storage for uint(math.MaxUint)}:
./lib_math_consts.go:15:48:     from uint(math.MaxUint) (spill) at ./lib_math_consts.go:15:48
./lib_math_consts.go:15:48:     from ... argument (slice-literal-element) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:48:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:15:48:     from ... argument (spill) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:48:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:33: math.MinInt64 escapes to heap:
./lib_math_consts.go:15:33:   flow: {storage for ... argument} = &{storage for math.MinInt64}:
./lib_math_consts.go:15:33:     from math.MinInt64 (spill) at ./lib_math_consts.go:15:33
./lib_math_consts.go:15:33:     from ... argument (slice-literal-element) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:33:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:15:33:     from ... argument (spill) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:33:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:18: math.MaxInt64 escapes to heap:
./lib_math_consts.go:15:18:   flow: {storage for ... argument} = &{storage for math.MaxInt64}:
./lib_math_consts.go:15:18:     from math.MaxInt64 (spill) at ./lib_math_consts.go:15:18
./lib_math_consts.go:15:18:     from ... argument (slice-literal-element) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:18:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:15:18:     from ... argument (spill) at ./lib_math_consts.go:15:13
./lib_math_consts.go:15:18:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:15:13
./lib_math_consts.go:14:117: math.MinInt32 escapes to heap:
./lib_math_consts.go:14:117:   flow: {storage for ... argument} = &{storage for math.MinInt32}:
./lib_math_consts.go:14:117:     from math.MinInt32 (spill) at ./lib_math_consts.go:14:117
./lib_math_consts.go:14:117:     from ... argument (slice-literal-element) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:117:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:14:117:     from ... argument (spill) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:117:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:102: math.MaxInt32 escapes to heap:
./lib_math_consts.go:14:102:   flow: {storage for ... argument} = &{storage for math.MaxInt32}:
./lib_math_consts.go:14:102:     from math.MaxInt32 (spill) at ./lib_math_consts.go:14:102
./lib_math_consts.go:14:102:     from ... argument (slice-literal-element) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:102:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:14:102:     from ... argument (spill) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:102:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:87: math.MinInt16 escapes to heap:
./lib_math_consts.go:14:87:   flow: {storage for ... argument} = &{storage for math.MinInt16}:
./lib_math_consts.go:14:87:     from math.MinInt16 (spill) at ./lib_math_consts.go:14:87
./lib_math_consts.go:14:87:     from ... argument (slice-literal-element) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:87:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:14:87:     from ... argument (spill) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:87:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:72: math.MaxInt16 escapes to heap:
./lib_math_consts.go:14:72:   flow: {storage for ... argument} = &{storage for math.MaxInt16}:
./lib_math_consts.go:14:72:     from math.MaxInt16 (spill) at ./lib_math_consts.go:14:72
./lib_math_consts.go:14:72:     from ... argument (slice-literal-element) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:72:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:14:72:     from ... argument (spill) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:72:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:58: math.MinInt8 escapes to heap:
./lib_math_consts.go:14:58:   flow: {storage for ... argument} = &{storage for math.MinInt8}:
./lib_math_consts.go:14:58:     from math.MinInt8 (spill) at ./lib_math_consts.go:14:58
./lib_math_consts.go:14:58:     from ... argument (slice-literal-element) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:58:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:14:58:     from ... argument (spill) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:58:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:44: math.MaxInt8 escapes to heap:
./lib_math_consts.go:14:44:   flow: {storage for ... argument} = &{storage for math.MaxInt8}:
./lib_math_consts.go:14:44:     from math.MaxInt8 (spill) at ./lib_math_consts.go:14:44
./lib_math_consts.go:14:44:     from ... argument (slice-literal-element) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:44:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:14:44:     from ... argument (spill) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:44:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:31: math.MinInt escapes to heap:
./lib_math_consts.go:14:31:   flow: {storage for ... argument} = &{storage for math.MinInt}:
./lib_math_consts.go:14:31:     from math.MinInt (spill) at ./lib_math_consts.go:14:31
./lib_math_consts.go:14:31:     from ... argument (slice-literal-element) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:31:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:14:31:     from ... argument (spill) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:31:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:18: math.MaxInt escapes to heap:
./lib_math_consts.go:14:18:   flow: {storage for ... argument} = &{storage for math.MaxInt}:
./lib_math_consts.go:14:18:     from math.MaxInt (spill) at ./lib_math_consts.go:14:18
./lib_math_consts.go:14:18:     from ... argument (slice-literal-element) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:18:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:14:18:     from ... argument (spill) at ./lib_math_consts.go:14:13
./lib_math_consts.go:14:18:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:14:13
./lib_math_consts.go:13:81: math.SmallestNonzeroFloat64 escapes to heap:
./lib_math_consts.go:13:81:   flow: {storage for ... argument} = &{storage for math.SmallestNonzeroFloat64}:
./lib_math_consts.go:13:81:     from math.SmallestNonzeroFloat64 (spill) at ./lib_math_consts.go:13:81
./lib_math_consts.go:13:81:     from ... argument (slice-literal-element) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:81:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:13:81:     from ... argument (spill) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:81:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:64: math.MaxFloat64 escapes to heap:
./lib_math_consts.go:13:64:   flow: {storage for ... argument} = &{storage for math.MaxFloat64}:
./lib_math_consts.go:13:64:     from math.MaxFloat64 (spill) at ./lib_math_consts.go:13:64
./lib_math_consts.go:13:64:     from ... argument (slice-literal-element) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:64:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:13:64:     from ... argument (spill) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:64:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:35: math.SmallestNonzeroFloat32 escapes to heap:
./lib_math_consts.go:13:35:   flow: {storage for ... argument} = &{storage for math.SmallestNonzeroFloat32}:
./lib_math_consts.go:13:35:     from math.SmallestNonzeroFloat32 (spill) at ./lib_math_consts.go:13:35
./lib_math_consts.go:13:35:     from ... argument (slice-literal-element) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:35:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:13:35:     from ... argument (spill) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:35:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:18: math.MaxFloat32 escapes to heap:
./lib_math_consts.go:13:18:   flow: {storage for ... argument} = &{storage for math.MaxFloat32}:
./lib_math_consts.go:13:18:     from math.MaxFloat32 (spill) at ./lib_math_consts.go:13:18
./lib_math_consts.go:13:18:     from ... argument (slice-literal-element) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:18:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:13:18:     from ... argument (spill) at ./lib_math_consts.go:13:13
./lib_math_consts.go:13:18:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:13:13
./lib_math_consts.go:12:51: math.Log10E escapes to heap:
./lib_math_consts.go:12:51:   flow: {storage for ... argument} = &{storage for math.Log10E}:
./lib_math_consts.go:12:51:     from math.Log10E (spill) at ./lib_math_consts.go:12:51
./lib_math_consts.go:12:51:     from ... argument (slice-literal-element) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:51:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:12:51:     from ... argument (spill) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:51:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:40: math.Ln10 escapes to heap:
./lib_math_consts.go:12:40:   flow: {storage for ... argument} = &{storage for math.Ln10}:
./lib_math_consts.go:12:40:     from math.Ln10 (spill) at ./lib_math_consts.go:12:40
./lib_math_consts.go:12:40:     from ... argument (slice-literal-element) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:40:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:12:40:     from ... argument (spill) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:40:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:28: math.Log2E escapes to heap:
./lib_math_consts.go:12:28:   flow: {storage for ... argument} = &{storage for math.Log2E}:
./lib_math_consts.go:12:28:     from math.Log2E (spill) at ./lib_math_consts.go:12:28
./lib_math_consts.go:12:28:     from ... argument (slice-literal-element) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:28:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:12:28:     from ... argument (spill) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:28:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:18: math.Ln2 escapes to heap:
./lib_math_consts.go:12:18:   flow: {storage for ... argument} = &{storage for math.Ln2}:
./lib_math_consts.go:12:18:     from math.Ln2 (spill) at ./lib_math_consts.go:12:18
./lib_math_consts.go:12:18:     from ... argument (slice-literal-element) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:18:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:12:18:     from ... argument (spill) at ./lib_math_consts.go:12:13
./lib_math_consts.go:12:18:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:12:13
./lib_math_consts.go:11:82: math.SqrtPhi escapes to heap:
./lib_math_consts.go:11:82:   flow: {storage for ... argument} = &{storage for math.SqrtPhi}:
./lib_math_consts.go:11:82:     from math.SqrtPhi (spill) at ./lib_math_consts.go:11:82
./lib_math_consts.go:11:82:     from ... argument (slice-literal-element) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:82:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:11:82:     from ... argument (spill) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:82:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:69: math.SqrtPi escapes to heap:
./lib_math_consts.go:11:69:   flow: {storage for ... argument} = &{storage for math.SqrtPi}:
./lib_math_consts.go:11:69:     from math.SqrtPi (spill) at ./lib_math_consts.go:11:69
./lib_math_consts.go:11:69:     from ... argument (slice-literal-element) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:69:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:11:69:     from ... argument (spill) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:69:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:57: math.SqrtE escapes to heap:
./lib_math_consts.go:11:57:   flow: {storage for ... argument} = &{storage for math.SqrtE}:
./lib_math_consts.go:11:57:     from math.SqrtE (spill) at ./lib_math_consts.go:11:57
./lib_math_consts.go:11:57:     from ... argument (slice-literal-element) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:57:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:11:57:     from ... argument (spill) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:57:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:45: math.Sqrt2 escapes to heap:
./lib_math_consts.go:11:45:   flow: {storage for ... argument} = &{storage for math.Sqrt2}:
./lib_math_consts.go:11:45:     from math.Sqrt2 (spill) at ./lib_math_consts.go:11:45
./lib_math_consts.go:11:45:     from ... argument (slice-literal-element) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:45:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:11:45:     from ... argument (spill) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:45:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:35: math.Phi escapes to heap:
./lib_math_consts.go:11:35:   flow: {storage for ... argument} = &{storage for math.Phi}:
./lib_math_consts.go:11:35:     from math.Phi (spill) at ./lib_math_consts.go:11:35
./lib_math_consts.go:11:35:     from ... argument (slice-literal-element) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:35:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:11:35:     from ... argument (spill) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:35:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:26: math.Pi escapes to heap:
./lib_math_consts.go:11:26:   flow: {storage for ... argument} = &{storage for math.Pi}:
./lib_math_consts.go:11:26:     from math.Pi (spill) at ./lib_math_consts.go:11:26
./lib_math_consts.go:11:26:     from ... argument (slice-literal-element) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:26:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:11:26:     from ... argument (spill) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:26:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:18: math.E escapes to heap:
./lib_math_consts.go:11:18:   flow: {storage for ... argument} = &{storage for math.E}:
./lib_math_consts.go:11:18:     from math.E (spill) at ./lib_math_consts.go:11:18
./lib_math_consts.go:11:18:     from ... argument (slice-literal-element) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:18:   flow: {heap} = {storage for ... argument}:
./lib_math_consts.go:11:18:     from ... argument (spill) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:18:     from fmt.Println(... argument...) (call parameter) at ./lib_math_consts.go:11:13
./lib_math_consts.go:11:13: ... argument does not escape
./lib_math_consts.go:11:18: math.E escapes to heap
./lib_math_consts.go:11:26: math.Pi escapes to heap
./lib_math_consts.go:11:35: math.Phi escapes to heap
./lib_math_consts.go:11:45: math.Sqrt2 escapes to heap
./lib_math_consts.go:11:57: math.SqrtE escapes to heap
./lib_math_consts.go:11:69: math.SqrtPi escapes to heap
./lib_math_consts.go:11:82: math.SqrtPhi escapes to heap
./lib_math_consts.go:12:13: ... argument does not escape
./lib_math_consts.go:12:18: math.Ln2 escapes to heap
./lib_math_consts.go:12:28: math.Log2E escapes to heap
./lib_math_consts.go:12:40: math.Ln10 escapes to heap
./lib_math_consts.go:12:51: math.Log10E escapes to heap
./lib_math_consts.go:13:13: ... argument does not escape
./lib_math_consts.go:13:18: math.MaxFloat32 escapes to heap
./lib_math_consts.go:13:35: math.SmallestNonzeroFloat32 escapes to heap
./lib_math_consts.go:13:64: math.MaxFloat64 escapes to heap
./lib_math_consts.go:13:81: math.SmallestNonzeroFloat64 escapes to heap
./lib_math_consts.go:14:13: ... argument does not escape
./lib_math_consts.go:14:18: math.MaxInt escapes to heap
./lib_math_consts.go:14:31: math.MinInt escapes to heap
./lib_math_consts.go:14:44: math.MaxInt8 escapes to heap
./lib_math_consts.go:14:58: math.MinInt8 escapes to heap
./lib_math_consts.go:14:72: math.MaxInt16 escapes to heap
./lib_math_consts.go:14:87: math.MinInt16 escapes to heap
./lib_math_consts.go:14:102: math.MaxInt32 escapes to heap
./lib_math_consts.go:14:117: math.MinInt32 escapes to heap
./lib_math_consts.go:15:13: ... argument does not escape
./lib_math_consts.go:15:18: math.MaxInt64 escapes to heap
./lib_math_consts.go:15:33: math.MinInt64 escapes to heap
./lib_math_consts.go:15:48: uint(math.MaxUint) escapes to heap
./lib_math_consts.go:15:68: math.MaxUint8 escapes to heap
./lib_math_consts.go:15:83: math.MaxUint16 escapes to heap
./lib_math_consts.go:15:99: math.MaxUint32 escapes to heap
./lib_math_consts.go:15:117: uint64(math.MaxUint64) escapes to heap
./lib_math_consts.go:18:13: ... argument does not escape
./lib_math_consts.go:18:13: f32 escapes to heap
./lib_math_consts.go:18:13: i8 escapes to heap
./lib_math_consts.go:18:30: math.Pi * 2 escapes to heap
./lib_math_consts.go:18:41: math.Pi / 180 escapes to heap
./lib_math_consts.go:18:54: float32(math.Pi) escapes to heap
./lib_math_consts.go:20:13: ... argument does not escape
./lib_math_consts.go:20:20: big / 2 == 1 << 63 escapes to heap
./lib_math_consts.go:20:44: math.MaxInt64 == 1 << 63 - 1 escapes to heap
./lib_math_consts.go:20:61: tiny == 0 escapes to heap
./lib_math_consts.go:21:12: ... argument does not escape
./lib_math_consts.go:21:31: math.Pi escapes to heap
./lib_math_consts.go:21:40: math.MaxInt32 escapes to heap
./lib_math_consts.go:21:55: math.MaxInt8 escapes to heap
./lib_math_consts.go:23:12: ... argument does not escape
./lib_math_consts.go:23:13: x escapes to heap
./lib_math_consts.go:23:13: x escapes to heap
./lib_math_consts.go:24:13: ... argument does not escape
./lib_math_consts.go:24:30: math.Float64bits(math.Pi) escapes to heap
./lib_math_consts.go:24:57: math.Float64bits(math.E) escapes to heap
./lib_math_consts.go:24:83: math.Float64bits(math.Ln2) escapes to heap
./lib_math_consts.go:24:111: math.Float64bits(math.Log2E) escapes to heap
./lib_math_consts.go:24:141: math.Float64bits(math.Log10E) escapes to heap
./lib_math_consts.go:24:172: math.Float64bits(math.Sqrt2) escapes to heap
