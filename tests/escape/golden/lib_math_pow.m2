./lib_math_pow.go:20:106: math.Float64bits(math.Pow(1e-5, 3.3)) escapes to heap:
./lib_math_pow.go:20:106:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.Pow(1e-5, 3.3))}:
./lib_math_pow.go:20:106:     from math.Float64bits(math.Pow(1e-5, 3.3)) (spill) at ./lib_math_pow.go:20:106
./lib_math_pow.go:20:106:     from ... argument (slice-literal-element) at ./lib_math_pow.go:20:13
./lib_math_pow.go:20:106:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:20:106:     from ... argument (spill) at ./lib_math_pow.go:20:13
./lib_math_pow.go:20:106:     from fmt.Println(... argument...) (call parameter) at ./lib_math_pow.go:20:13
./lib_math_pow.go:20:66: math.Float64bits(math.Pow(7.5, -2.25)) escapes to heap:
./lib_math_pow.go:20:66:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.Pow(7.5, -2.25))}:
./lib_math_pow.go:20:66:     from math.Float64bits(math.Pow(7.5, -2.25)) (spill) at ./lib_math_pow.go:20:66
./lib_math_pow.go:20:66:     from ... argument (slice-literal-element) at ./lib_math_pow.go:20:13
./lib_math_pow.go:20:66:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:20:66:     from ... argument (spill) at ./lib_math_pow.go:20:13
./lib_math_pow.go:20:66:     from fmt.Println(... argument...) (call parameter) at ./lib_math_pow.go:20:13
./lib_math_pow.go:20:30: math.Float64bits(math.Pow(3, 0.7)) escapes to heap:
./lib_math_pow.go:20:30:   flow: {storage for ... argument} = &{storage for math.Float64bits(math.Pow(3, 0.7))}:
./lib_math_pow.go:20:30:     from math.Float64bits(math.Pow(3, 0.7)) (spill) at ./lib_math_pow.go:20:30
./lib_math_pow.go:20:30:     from ... argument (slice-literal-element) at ./lib_math_pow.go:20:13
./lib_math_pow.go:20:30:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:20:30:     from ... argument (spill) at ./lib_math_pow.go:20:13
./lib_math_pow.go:20:30:     from fmt.Println(... argument...) (call parameter) at ./lib_math_pow.go:20:13
./lib_math_pow.go:19:127: math.Pow(10, 308.5) escapes to heap:
./lib_math_pow.go:19:127:   flow: {storage for ... argument} = &{storage for math.Pow(10, 308.5)}:
./lib_math_pow.go:19:127:     from math.Pow(10, 308.5) (spill) at ./lib_math_pow.go:19:127
./lib_math_pow.go:19:127:     from ... argument (slice-literal-element) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:127:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:19:127:     from ... argument (spill) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:127:     from fmt.Println(... argument...) (call parameter) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:100: math.Pow(1.0000001, 1e10) escapes to heap:
./lib_math_pow.go:19:100:   flow: {storage for ... argument} = &{storage for math.Pow(1.0000001, 1e10)}:
./lib_math_pow.go:19:100:     from math.Pow(1.0000001, 1e10) (spill) at ./lib_math_pow.go:19:100
./lib_math_pow.go:19:100:     from ... argument (slice-literal-element) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:100:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:19:100:     from ... argument (spill) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:100:     from fmt.Println(... argument...) (call parameter) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:80: math.Pow(2, -1075) escapes to heap:
./lib_math_pow.go:19:80:   flow: {storage for ... argument} = &{storage for math.Pow(2, -1075)}:
./lib_math_pow.go:19:80:     from math.Pow(2, -1075) (spill) at ./lib_math_pow.go:19:80
./lib_math_pow.go:19:80:     from ... argument (slice-literal-element) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:80:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:19:80:     from ... argument (spill) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:80:     from fmt.Println(... argument...) (call parameter) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:60: math.Pow(2, -1074) escapes to heap:
./lib_math_pow.go:19:60:   flow: {storage for ... argument} = &{storage for math.Pow(2, -1074)}:
./lib_math_pow.go:19:60:     from math.Pow(2, -1074) (spill) at ./lib_math_pow.go:19:60
./lib_math_pow.go:19:60:     from ... argument (slice-literal-element) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:60:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:19:60:     from ... argument (spill) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:60:     from fmt.Println(... argument...) (call parameter) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:41: math.Pow(2, 1024) escapes to heap:
./lib_math_pow.go:19:41:   flow: {storage for ... argument} = &{storage for math.Pow(2, 1024)}:
./lib_math_pow.go:19:41:     from math.Pow(2, 1024) (spill) at ./lib_math_pow.go:19:41
./lib_math_pow.go:19:41:     from ... argument (slice-literal-element) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:41:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:19:41:     from ... argument (spill) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:41:     from fmt.Println(... argument...) (call parameter) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:22: math.Pow(2, 1023) escapes to heap:
./lib_math_pow.go:19:22:   flow: {storage for ... argument} = &{storage for math.Pow(2, 1023)}:
./lib_math_pow.go:19:22:     from math.Pow(2, 1023) (spill) at ./lib_math_pow.go:19:22
./lib_math_pow.go:19:22:     from ... argument (slice-literal-element) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:22:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:19:22:     from ... argument (spill) at ./lib_math_pow.go:19:13
./lib_math_pow.go:19:22:     from fmt.Println(... argument...) (call parameter) at ./lib_math_pow.go:19:13
./lib_math_pow.go:15:30: " " escapes to heap:
./lib_math_pow.go:15:30:   flow: {storage for ... argument} = &{storage for " "}:
./lib_math_pow.go:15:30:     from " " (spill) at ./lib_math_pow.go:15:30
./lib_math_pow.go:15:30:     from ... argument (slice-literal-element) at ./lib_math_pow.go:15:13
./lib_math_pow.go:15:30:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:15:30:     from ... argument (spill) at ./lib_math_pow.go:15:13
./lib_math_pow.go:15:30:     from fmt.Print(... argument...) (call parameter) at ./lib_math_pow.go:15:13
./lib_math_pow.go:15:22: math.Pow(x, y) escapes to heap:
./lib_math_pow.go:15:22:   flow: {storage for ... argument} = &{storage for math.Pow(x, y)}:
./lib_math_pow.go:15:22:     from math.Pow(x, y) (spill) at ./lib_math_pow.go:15:22
./lib_math_pow.go:15:22:     from ... argument (slice-literal-element) at ./lib_math_pow.go:15:13
./lib_math_pow.go:15:22:   flow: {heap} = {storage for ... argument}:
./lib_math_pow.go:15:22:     from ... argument (spill) at ./lib_math_pow.go:15:13
./lib_math_pow.go:15:22:     from fmt.Print(... argument...) (call parameter) at ./lib_math_pow.go:15:13
./lib_math_pow.go:11:17: []float64{...} does not escape
./lib_math_pow.go:12:17: []float64{...} does not escape
./lib_math_pow.go:15:13: ... argument does not escape
./lib_math_pow.go:15:22: math.Pow(x, y) escapes to heap
./lib_math_pow.go:15:30: " " escapes to heap
./lib_math_pow.go:19:13: ... argument does not escape
./lib_math_pow.go:19:22: math.Pow(2, 1023) escapes to heap
./lib_math_pow.go:19:41: math.Pow(2, 1024) escapes to heap
./lib_math_pow.go:19:60: math.Pow(2, -1074) escapes to heap
./lib_math_pow.go:19:80: math.Pow(2, -1075) escapes to heap
./lib_math_pow.go:19:100: math.Pow(1.0000001, 1e10) escapes to heap
./lib_math_pow.go:19:127: math.Pow(10, 308.5) escapes to heap
./lib_math_pow.go:20:13: ... argument does not escape
./lib_math_pow.go:20:30: math.Float64bits(math.Pow(3, 0.7)) escapes to heap
./lib_math_pow.go:20:66: math.Float64bits(math.Pow(7.5, -2.25)) escapes to heap
./lib_math_pow.go:20:106: math.Float64bits(math.Pow(1e-5, 3.3)) escapes to heap
