./lib_math_exact.go:9:53: math.Float64bits(v) escapes to heap:
./lib_math_exact.go:9:53:   flow: {storage for ... argument} = &{storage for math.Float64bits(v)}:
./lib_math_exact.go:9:53:     from math.Float64bits(v) (spill) at ./lib_math_exact.go:9:53
./lib_math_exact.go:9:53:     from ... argument (slice-literal-element) at ./lib_math_exact.go:9:12
./lib_math_exact.go:9:53:   flow: {heap} = {storage for ... argument}:
./lib_math_exact.go:9:53:     from ... argument (spill) at ./lib_math_exact.go:9:12
./lib_math_exact.go:9:53:     from fmt.Printf("%s %v %#x\n", ... argument...) (call parameter) at ./lib_math_exact.go:9:12
./lib_math_exact.go:9:13: v escapes to heap:
./lib_math_exact.go:9:13:   flow: {storage for ... argument} = &{storage for v}:
./lib_math_exact.go:9:13:     from v (spill) at ./lib_math_exact.go:9:13
./lib_math_exact.go:9:13:     from ... argument (slice-literal-element) at ./lib_math_exact.go:9:12
./lib_math_exact.go:9:13:   flow: {heap} = {storage for ... argument}:
./lib_math_exact.go:9:13:     from ... argument (spill) at ./lib_math_exact.go:9:12
./lib_math_exact.go:9:13:     from fmt.Printf("%s %v %#x\n", ... argument...) (call parameter) at ./lib_math_exact.go:9:12
./lib_math_exact.go:9:13: name escapes to heap:
./lib_math_exact.go:9:13:   flow: {storage for ... argument} = &{storage for name}:
./lib_math_exact.go:9:13:     from name (spill) at ./lib_math_exact.go:9:13
./lib_math_exact.go:9:13:     from ... argument (slice-literal-element) at ./lib_math_exact.go:9:12
./lib_math_exact.go:9:13:   flow: {heap} = {storage for ... argument}:
./lib_math_exact.go:9:13:     from ... argument (spill) at ./lib_math_exact.go:9:12
./lib_math_exact.go:9:13:     from fmt.Printf("%s %v %#x\n", ... argument...) (call parameter) at ./lib_math_exact.go:9:12
./lib_math_exact.go:8:11: parameter name leaks to {storage for name} with derefs=0:
./lib_math_exact.go:8:11:   flow: {storage for name} = name:
./lib_math_exact.go:8:11:     from name (interface-converted) at ./lib_math_exact.go:9:13
./lib_math_exact.go:8:11: leaking param: name
./lib_math_exact.go:9:12: ... argument does not escape
./lib_math_exact.go:9:13: name escapes to heap
./lib_math_exact.go:9:13: v escapes to heap
./lib_math_exact.go:9:53: math.Float64bits(v) escapes to heap
./lib_math_exact.go:30:93: math.IsInf(x, -1) escapes to heap:
./lib_math_exact.go:30:93:   flow: {storage for ... argument} = &{storage for math.IsInf(x, -1)}:
./lib_math_exact.go:30:93:     from math.IsInf(x, -1) (spill) at ./lib_math_exact.go:30:93
./lib_math_exact.go:30:93:     from ... argument (slice-literal-element) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:93:   flow: {heap} = {storage for ... argument}:
./lib_math_exact.go:30:93:     from ... argument (spill) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:93:     from fmt.Println(... argument...) (call parameter) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:75: math.IsInf(x, 1) escapes to heap:
./lib_math_exact.go:30:75:   flow: {storage for ... argument} = &{storage for math.IsInf(x, 1)}:
./lib_math_exact.go:30:75:     from math.IsInf(x, 1) (spill) at ./lib_math_exact.go:30:75
./lib_math_exact.go:30:75:     from ... argument (slice-literal-element) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:75:   flow: {heap} = {storage for ... argument}:
./lib_math_exact.go:30:75:     from ... argument (spill) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:75:     from fmt.Println(... argument...) (call parameter) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:57: math.IsInf(x, 0) escapes to heap:
./lib_math_exact.go:30:57:   flow: {storage for ... argument} = &{storage for math.IsInf(x, 0)}:
./lib_math_exact.go:30:57:     from math.IsInf(x, 0) (spill) at ./lib_math_exact.go:30:57
./lib_math_exact.go:30:57:     from ... argument (slice-literal-element) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:57:   flow: {heap} = {storage for ... argument}:
./lib_math_exact.go:30:57:     from ... argument (spill) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:57:     from fmt.Println(... argument...) (call parameter) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:42: math.IsNaN(x) escapes to heap:
./lib_math_exact.go:30:42:   flow: {storage for ... argument} = &{storage for math.IsNaN(x)}:
./lib_math_exact.go:30:42:     from math.IsNaN(x) (spill) at ./lib_math_exact.go:30:42
./lib_math_exact.go:30:42:     from ... argument (slice-literal-element) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:42:   flow: {heap} = {storage for ... argument}:
./lib_math_exact.go:30:42:     from ... argument (spill) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:42:     from fmt.Println(... argument...) (call parameter) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:27: math.Signbit(x) escapes to heap:
./lib_math_exact.go:30:27:   flow: {storage for ... argument} = &{storage for math.Signbit(x)}:
./lib_math_exact.go:30:27:     from math.Signbit(x) (spill) at ./lib_math_exact.go:30:27
./lib_math_exact.go:30:27:     from ... argument (slice-literal-element) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:27:   flow: {heap} = {storage for ... argument}:
./lib_math_exact.go:30:27:     from ... argument (spill) at ./lib_math_exact.go:30:14
./lib_math_exact.go:30:27:     from fmt.Println(... argument...) (call parameter) at ./lib_math_exact.go:30:14
./lib_math_exact.go:28:15: e escapes to heap:
./lib_math_exact.go:28:15:   flow: {storage for ... argument} = &{storage for e}:
./lib_math_exact.go:28:15:     from e (spill) at ./lib_math_exact.go:28:15
./lib_math_exact.go:28:15:     from ... argument (slice-literal-element) at ./lib_math_exact.go:28:14
./lib_math_exact.go:28:15:   flow: {heap} = {storage for ... argument}:
./lib_math_exact.go:28:15:     from ... argument (spill) at ./lib_math_exact.go:28:14
./lib_math_exact.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./lib_math_exact.go:28:14
./lib_math_exact.go:28:15: "exp" escapes to heap:
./lib_math_exact.go:28:15:   flow: {storage for ... argument} = &{storage for "exp"}:
./lib_math_exact.go:28:15:     from "exp" (spill) at ./lib_math_exact.go:28:15
./lib_math_exact.go:28:15:     from ... argument (slice-literal-element) at ./lib_math_exact.go:28:14
./lib_math_exact.go:28:15:   flow: {heap} = {storage for ... argument}:
./lib_math_exact.go:28:15:     from ... argument (spill) at ./lib_math_exact.go:28:14
./lib_math_exact.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./lib_math_exact.go:28:14
./lib_math_exact.go:14:17: []float64{...} does not escape
./lib_math_exact.go:28:14: ... argument does not escape
./lib_math_exact.go:28:15: "exp" escapes to heap
./lib_math_exact.go:28:15: e escapes to heap
./lib_math_exact.go:30:14: ... argument does not escape
./lib_math_exact.go:30:27: math.Signbit(x) escapes to heap
./lib_math_exact.go:30:42: math.IsNaN(x) escapes to heap
./lib_math_exact.go:30:57: math.IsInf(x, 0) escapes to heap
./lib_math_exact.go:30:75: math.IsInf(x, 1) escapes to heap
./lib_math_exact.go:30:93: math.IsInf(x, -1) escapes to heap
