./lib_math_funcs.go:8:45: v escapes to heap:
./lib_math_funcs.go:8:45:   flow: {storage for ... argument} = &{storage for v}:
./lib_math_funcs.go:8:45:     from v (spill) at ./lib_math_funcs.go:8:45
./lib_math_funcs.go:8:45:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:8:44
./lib_math_funcs.go:8:45:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:8:45:     from ... argument (spill) at ./lib_math_funcs.go:8:44
./lib_math_funcs.go:8:45:     from fmt.Printf("%s %.10g\n", ... argument...) (call parameter) at ./lib_math_funcs.go:8:44
./lib_math_funcs.go:8:45: name escapes to heap:
./lib_math_funcs.go:8:45:   flow: {storage for ... argument} = &{storage for name}:
./lib_math_funcs.go:8:45:     from name (spill) at ./lib_math_funcs.go:8:45
./lib_math_funcs.go:8:45:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:8:44
./lib_math_funcs.go:8:45:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:8:45:     from ... argument (spill) at ./lib_math_funcs.go:8:44
./lib_math_funcs.go:8:45:     from fmt.Printf("%s %.10g\n", ... argument...) (call parameter) at ./lib_math_funcs.go:8:44
./lib_math_funcs.go:8:8: parameter name leaks to {storage for name} with derefs=0:
./lib_math_funcs.go:8:8:   flow: {storage for name} = name:
./lib_math_funcs.go:8:8:     from name (interface-converted) at ./lib_math_funcs.go:8:45
./lib_math_funcs.go:8:8: leaking param: name
./lib_math_funcs.go:8:44: ... argument does not escape
./lib_math_funcs.go:8:45: name escapes to heap
./lib_math_funcs.go:8:45: v escapes to heap
./lib_math_funcs.go:41:103: math.Erf(0) escapes to heap:
./lib_math_funcs.go:41:103:   flow: {storage for ... argument} = &{storage for math.Erf(0)}:
./lib_math_funcs.go:41:103:     from math.Erf(0) (spill) at ./lib_math_funcs.go:41:103
./lib_math_funcs.go:41:103:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:103:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:41:103:     from ... argument (spill) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:103:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:90: math.Gamma(5) escapes to heap:
./lib_math_funcs.go:41:90:   flow: {storage for ... argument} = &{storage for math.Gamma(5)}:
./lib_math_funcs.go:41:90:     from math.Gamma(5) (spill) at ./lib_math_funcs.go:41:90
./lib_math_funcs.go:41:90:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:90:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:41:90:     from ... argument (spill) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:90:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:66: -math.Inf(1) escapes to heap:
./lib_math_funcs.go:41:66:   flow: {storage for ... argument} = &{storage for -math.Inf(1)}:
./lib_math_funcs.go:41:66:     from -math.Inf(1) (spill) at ./lib_math_funcs.go:41:66
./lib_math_funcs.go:41:66:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:66:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:41:66:     from ... argument (spill) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:66:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:62: math.NaN() escapes to heap:
./lib_math_funcs.go:41:62:   flow: {storage for ... argument} = &{storage for math.NaN()}:
./lib_math_funcs.go:41:62:     from math.NaN() (spill) at ./lib_math_funcs.go:41:62
./lib_math_funcs.go:41:62:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:62:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:41:62:     from ... argument (spill) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:62:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:49: math.Inf(0) escapes to heap:
./lib_math_funcs.go:41:49:   flow: {storage for ... argument} = &{storage for math.Inf(0)}:
./lib_math_funcs.go:41:49:     from math.Inf(0) (spill) at ./lib_math_funcs.go:41:49
./lib_math_funcs.go:41:49:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:49:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:41:49:     from ... argument (spill) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:49:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:35: math.Inf(-1) escapes to heap:
./lib_math_funcs.go:41:35:   flow: {storage for ... argument} = &{storage for math.Inf(-1)}:
./lib_math_funcs.go:41:35:     from math.Inf(-1) (spill) at ./lib_math_funcs.go:41:35
./lib_math_funcs.go:41:35:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:35:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:41:35:     from ... argument (spill) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:35:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:22: math.Inf(1) escapes to heap:
./lib_math_funcs.go:41:22:   flow: {storage for ... argument} = &{storage for math.Inf(1)}:
./lib_math_funcs.go:41:22:     from math.Inf(1) (spill) at ./lib_math_funcs.go:41:22
./lib_math_funcs.go:41:22:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:22:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:41:22:     from ... argument (spill) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:41:22:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:41:13
./lib_math_funcs.go:40:155: math.Acosh(0.5) escapes to heap:
./lib_math_funcs.go:40:155:   flow: {storage for ... argument} = &{storage for math.Acosh(0.5)}:
./lib_math_funcs.go:40:155:     from math.Acosh(0.5) (spill) at ./lib_math_funcs.go:40:155
./lib_math_funcs.go:40:155:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:155:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:40:155:     from ... argument (spill) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:155:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:140: math.Acos(2) escapes to heap:
./lib_math_funcs.go:40:140:   flow: {storage for ... argument} = &{storage for math.Acos(2)}:
./lib_math_funcs.go:40:140:     from math.Acos(2) (spill) at ./lib_math_funcs.go:40:140
./lib_math_funcs.go:40:140:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:140:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:40:140:     from ... argument (spill) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:140:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:116: math.Sin(math.Inf(1)) escapes to heap:
./lib_math_funcs.go:40:116:   flow: {storage for ... argument} = &{storage for math.Sin(math.Inf(1))}:
./lib_math_funcs.go:40:116:     from math.Sin(math.Inf(1)) (spill) at ./lib_math_funcs.go:40:116
./lib_math_funcs.go:40:116:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:116:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:40:116:     from ... argument (spill) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:116:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:81: math.Hypot(math.Inf(1), math.NaN()) escapes to heap:
./lib_math_funcs.go:40:81:   flow: {storage for ... argument} = &{storage for math.Hypot(math.Inf(1), math.NaN())}:
./lib_math_funcs.go:40:81:     from math.Hypot(math.Inf(1), math.NaN()) (spill) at ./lib_math_funcs.go:40:81
./lib_math_funcs.go:40:81:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:81:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:40:81:     from ... argument (spill) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:81:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:43: math.Atan2(math.Copysign(0, -1), -1) escapes to heap:
./lib_math_funcs.go:40:43:   flow: {storage for ... argument} = &{storage for math.Atan2(math.Copysign(0, -1), -1)}:
./lib_math_funcs.go:40:43:     from math.Atan2(math.Copysign(0, -1), -1) (spill) at ./lib_math_funcs.go:40:43
./lib_math_funcs.go:40:43:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:43:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:40:43:     from ... argument (spill) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:43:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:24: math.Atan2(0, -1) escapes to heap:
./lib_math_funcs.go:40:24:   flow: {storage for ... argument} = &{storage for math.Atan2(0, -1)}:
./lib_math_funcs.go:40:24:     from math.Atan2(0, -1) (spill) at ./lib_math_funcs.go:40:24
./lib_math_funcs.go:40:24:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:24:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:40:24:     from ... argument (spill) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:40:24:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:40:13
./lib_math_funcs.go:39:162: math.Pow(math.NaN(), 0) escapes to heap:
./lib_math_funcs.go:39:162:   flow: {storage for ... argument} = &{storage for math.Pow(math.NaN(), 0)}:
./lib_math_funcs.go:39:162:     from math.Pow(math.NaN(), 0) (spill) at ./lib_math_funcs.go:39:162
./lib_math_funcs.go:39:162:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:162:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:39:162:     from ... argument (spill) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:162:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:137: math.Pow(1, math.NaN()) escapes to heap:
./lib_math_funcs.go:39:137:   flow: {storage for ... argument} = &{storage for math.Pow(1, math.NaN())}:
./lib_math_funcs.go:39:137:     from math.Pow(1, math.NaN()) (spill) at ./lib_math_funcs.go:39:137
./lib_math_funcs.go:39:137:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:137:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:39:137:     from ... argument (spill) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:137:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:120: math.Pow(-2, 3) escapes to heap:
./lib_math_funcs.go:39:120:   flow: {storage for ... argument} = &{storage for math.Pow(-2, 3)}:
./lib_math_funcs.go:39:120:     from math.Pow(-2, 3) (spill) at ./lib_math_funcs.go:39:120
./lib_math_funcs.go:39:120:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:120:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:39:120:     from ... argument (spill) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:120:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:99: math.Pow(-8, 1.0 / 3) escapes to heap:
./lib_math_funcs.go:39:99:   flow: {storage for ... argument} = &{storage for math.Pow(-8, 1.0 / 3)}:
./lib_math_funcs.go:39:99:     from math.Pow(-8, 1.0 / 3) (spill) at ./lib_math_funcs.go:39:99
./lib_math_funcs.go:39:99:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:99:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:39:99:     from ... argument (spill) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:99:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:82: math.Pow(0, -1) escapes to heap:
./lib_math_funcs.go:39:82:   flow: {storage for ... argument} = &{storage for math.Pow(0, -1)}:
./lib_math_funcs.go:39:82:     from math.Pow(0, -1) (spill) at ./lib_math_funcs.go:39:82
./lib_math_funcs.go:39:82:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:82:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:39:82:     from ... argument (spill) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:82:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:65: math.Exp(-1000) escapes to heap:
./lib_math_funcs.go:39:65:   flow: {storage for ... argument} = &{storage for math.Exp(-1000)}:
./lib_math_funcs.go:39:65:     from math.Exp(-1000) (spill) at ./lib_math_funcs.go:39:65
./lib_math_funcs.go:39:65:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:65:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:39:65:     from ... argument (spill) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:65:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:49: math.Exp(1000) escapes to heap:
./lib_math_funcs.go:39:49:   flow: {storage for ... argument} = &{storage for math.Exp(1000)}:
./lib_math_funcs.go:39:49:     from math.Exp(1000) (spill) at ./lib_math_funcs.go:39:49
./lib_math_funcs.go:39:49:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:49:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:39:49:     from ... argument (spill) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:49:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:35: math.Log(-1) escapes to heap:
./lib_math_funcs.go:39:35:   flow: {storage for ... argument} = &{storage for math.Log(-1)}:
./lib_math_funcs.go:39:35:     from math.Log(-1) (spill) at ./lib_math_funcs.go:39:35
./lib_math_funcs.go:39:35:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:35:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:39:35:     from ... argument (spill) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:35:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:22: math.Log(0) escapes to heap:
./lib_math_funcs.go:39:22:   flow: {storage for ... argument} = &{storage for math.Log(0)}:
./lib_math_funcs.go:39:22:     from math.Log(0) (spill) at ./lib_math_funcs.go:39:22
./lib_math_funcs.go:39:22:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:22:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:39:22:     from ... argument (spill) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:39:22:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:39:13
./lib_math_funcs.go:38:151: math.Cbrt(27) escapes to heap:
./lib_math_funcs.go:38:151:   flow: {storage for ... argument} = &{storage for math.Cbrt(27)}:
./lib_math_funcs.go:38:151:     from math.Cbrt(27) (spill) at ./lib_math_funcs.go:38:151
./lib_math_funcs.go:38:151:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:151:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:38:151:     from ... argument (spill) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:151:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:136: math.Sqrt(16) escapes to heap:
./lib_math_funcs.go:38:136:   flow: {storage for ... argument} = &{storage for math.Sqrt(16)}:
./lib_math_funcs.go:38:136:     from math.Sqrt(16) (spill) at ./lib_math_funcs.go:38:136
./lib_math_funcs.go:38:136:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:136:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:38:136:     from ... argument (spill) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:136:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:118: math.Pow(2, -2) escapes to heap:
./lib_math_funcs.go:38:118:   flow: {storage for ... argument} = &{storage for math.Pow(2, -2)}:
./lib_math_funcs.go:38:118:     from math.Pow(2, -2) (spill) at ./lib_math_funcs.go:38:118
./lib_math_funcs.go:38:118:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:118:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:38:118:     from ... argument (spill) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:118:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:101: math.Pow(2, 10) escapes to heap:
./lib_math_funcs.go:38:101:   flow: {storage for ... argument} = &{storage for math.Pow(2, 10)}:
./lib_math_funcs.go:38:101:     from math.Pow(2, 10) (spill) at ./lib_math_funcs.go:38:101
./lib_math_funcs.go:38:101:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:101:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:38:101:     from ... argument (spill) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:101:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:88: math.Exp(0) escapes to heap:
./lib_math_funcs.go:38:88:   flow: {storage for ... argument} = &{storage for math.Exp(0)}:
./lib_math_funcs.go:38:88:     from math.Exp(0) (spill) at ./lib_math_funcs.go:38:88
./lib_math_funcs.go:38:88:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:88:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:38:88:     from ... argument (spill) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:88:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:72: math.Log10(1000) escapes to heap:
./lib_math_funcs.go:38:72:   flow: {storage for ... argument} = &{storage for math.Log10(1000)}:
./lib_math_funcs.go:38:72:     from math.Log10(1000) (spill) at ./lib_math_funcs.go:38:72
./lib_math_funcs.go:38:72:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:72:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:38:72:     from ... argument (spill) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:72:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:55: math.Log10(100) escapes to heap:
./lib_math_funcs.go:38:55:   flow: {storage for ... argument} = &{storage for math.Log10(100)}:
./lib_math_funcs.go:38:55:     from math.Log10(100) (spill) at ./lib_math_funcs.go:38:55
./lib_math_funcs.go:38:55:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:55:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:38:55:     from ... argument (spill) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:55:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:37: math.Log2(1024) escapes to heap:
./lib_math_funcs.go:38:37:   flow: {storage for ... argument} = &{storage for math.Log2(1024)}:
./lib_math_funcs.go:38:37:     from math.Log2(1024) (spill) at ./lib_math_funcs.go:38:37
./lib_math_funcs.go:38:37:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:37:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:38:37:     from ... argument (spill) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:37:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:23: math.Log2(8) escapes to heap:
./lib_math_funcs.go:38:23:   flow: {storage for ... argument} = &{storage for math.Log2(8)}:
./lib_math_funcs.go:38:23:     from math.Log2(8) (spill) at ./lib_math_funcs.go:38:23
./lib_math_funcs.go:38:23:     from ... argument (slice-literal-element) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:23:   flow: {heap} = {storage for ... argument}:
./lib_math_funcs.go:38:23:     from ... argument (spill) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:38:23:     from fmt.Println(... argument...) (call parameter) at ./lib_math_funcs.go:38:13
./lib_math_funcs.go:12:29: []float64{...} does not escape
./lib_math_funcs.go:33:29: []float64{...} does not escape
./lib_math_funcs.go:38:13: ... argument does not escape
./lib_math_funcs.go:38:23: math.Log2(8) escapes to heap
./lib_math_funcs.go:38:37: math.Log2(1024) escapes to heap
./lib_math_funcs.go:38:55: math.Log10(100) escapes to heap
./lib_math_funcs.go:38:72: math.Log10(1000) escapes to heap
./lib_math_funcs.go:38:88: math.Exp(0) escapes to heap
./lib_math_funcs.go:38:101: math.Pow(2, 10) escapes to heap
./lib_math_funcs.go:38:118: math.Pow(2, -2) escapes to heap
./lib_math_funcs.go:38:136: math.Sqrt(16) escapes to heap
./lib_math_funcs.go:38:151: math.Cbrt(27) escapes to heap
./lib_math_funcs.go:39:13: ... argument does not escape
./lib_math_funcs.go:39:22: math.Log(0) escapes to heap
./lib_math_funcs.go:39:35: math.Log(-1) escapes to heap
./lib_math_funcs.go:39:49: math.Exp(1000) escapes to heap
./lib_math_funcs.go:39:65: math.Exp(-1000) escapes to heap
./lib_math_funcs.go:39:82: math.Pow(0, -1) escapes to heap
./lib_math_funcs.go:39:99: math.Pow(-8, 1.0 / 3) escapes to heap
./lib_math_funcs.go:39:120: math.Pow(-2, 3) escapes to heap
./lib_math_funcs.go:39:137: math.Pow(1, math.NaN()) escapes to heap
./lib_math_funcs.go:39:162: math.Pow(math.NaN(), 0) escapes to heap
./lib_math_funcs.go:40:13: ... argument does not escape
./lib_math_funcs.go:40:24: math.Atan2(0, -1) escapes to heap
./lib_math_funcs.go:40:43: math.Atan2(math.Copysign(0, -1), -1) escapes to heap
./lib_math_funcs.go:40:81: math.Hypot(math.Inf(1), math.NaN()) escapes to heap
./lib_math_funcs.go:40:116: math.Sin(math.Inf(1)) escapes to heap
./lib_math_funcs.go:40:140: math.Acos(2) escapes to heap
./lib_math_funcs.go:40:155: math.Acosh(0.5) escapes to heap
./lib_math_funcs.go:41:13: ... argument does not escape
./lib_math_funcs.go:41:22: math.Inf(1) escapes to heap
./lib_math_funcs.go:41:35: math.Inf(-1) escapes to heap
./lib_math_funcs.go:41:49: math.Inf(0) escapes to heap
./lib_math_funcs.go:41:62: math.NaN() escapes to heap
./lib_math_funcs.go:41:66: -math.Inf(1) escapes to heap
./lib_math_funcs.go:41:90: math.Gamma(5) escapes to heap
./lib_math_funcs.go:41:103: math.Erf(0) escapes to heap
