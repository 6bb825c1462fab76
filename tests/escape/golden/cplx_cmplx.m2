./cplx_cmplx.go:38:92: math.Float64bits(cmplx.Abs(z)) escapes to heap:
./cplx_cmplx.go:38:92:   flow: {storage for ... argument} = &{storage for math.Float64bits(cmplx.Abs(z))}:
./cplx_cmplx.go:38:92:     from math.Float64bits(cmplx.Abs(z)) (spill) at ./cplx_cmplx.go:38:92
./cplx_cmplx.go:38:92:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:92:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:38:92:     from ... argument (spill) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:92:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:60: bits(cmplx.Log(z)) escapes to heap:
./cplx_cmplx.go:38:60:   flow: {storage for ... argument} = &{storage for bits(cmplx.Log(z))}:
./cplx_cmplx.go:38:60:     from bits(cmplx.Log(z)) (spill) at ./cplx_cmplx.go:38:60
./cplx_cmplx.go:38:60:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:60:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:38:60:     from ... argument (spill) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:60:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:40: bits(cmplx.Exp(z)) escapes to heap:
./cplx_cmplx.go:38:40:   flow: {storage for ... argument} = &{storage for bits(cmplx.Exp(z))}:
./cplx_cmplx.go:38:40:     from bits(cmplx.Exp(z)) (spill) at ./cplx_cmplx.go:38:40
./cplx_cmplx.go:38:40:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:40:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:38:40:     from ... argument (spill) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:40:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:19: bits(cmplx.Sqrt(z)) escapes to heap:
./cplx_cmplx.go:38:19:   flow: {storage for ... argument} = &{storage for bits(cmplx.Sqrt(z))}:
./cplx_cmplx.go:38:19:     from bits(cmplx.Sqrt(z)) (spill) at ./cplx_cmplx.go:38:19
./cplx_cmplx.go:38:19:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:19:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:38:19:     from ... argument (spill) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:38:19:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:38:14
./cplx_cmplx.go:34:64: math.Float64bits(imag(c)) escapes to heap:
./cplx_cmplx.go:34:64:   flow: {storage for ... argument} = &{storage for math.Float64bits(imag(c))}:
./cplx_cmplx.go:34:64:     from math.Float64bits(imag(c)) (spill) at ./cplx_cmplx.go:34:64
./cplx_cmplx.go:34:64:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:34:20
./cplx_cmplx.go:34:64:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:34:64:     from ... argument (spill) at ./cplx_cmplx.go:34:20
./cplx_cmplx.go:34:64:     from fmt.Sprint(... argument...) (call parameter) at ./cplx_cmplx.go:34:20
./cplx_cmplx.go:34:37: math.Float64bits(real(c)) escapes to heap:
./cplx_cmplx.go:34:37:   flow: {storage for ... argument} = &{storage for math.Float64bits(real(c))}:
./cplx_cmplx.go:34:37:     from math.Float64bits(real(c)) (spill) at ./cplx_cmplx.go:34:37
./cplx_cmplx.go:34:37:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:34:20
./cplx_cmplx.go:34:37:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:34:37:     from ... argument (spill) at ./cplx_cmplx.go:34:20
./cplx_cmplx.go:34:37:     from fmt.Sprint(... argument...) (call parameter) at ./cplx_cmplx.go:34:20
./cplx_cmplx.go:30:16: " " escapes to heap:
./cplx_cmplx.go:30:16:   flow: {storage for ... argument} = &{storage for " "}:
./cplx_cmplx.go:30:16:     from " " (spill) at ./cplx_cmplx.go:30:16
./cplx_cmplx.go:30:16:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:30:12
./cplx_cmplx.go:30:16:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:30:16:     from ... argument (spill) at ./cplx_cmplx.go:30:12
./cplx_cmplx.go:30:16:     from fmt.Print(... argument...) (call parameter) at ./cplx_cmplx.go:30:12
./cplx_cmplx.go:30:12: x escapes to heap:
./cplx_cmplx.go:30:12:   flow: {storage for ... argument} = &{storage for x}:
./cplx_cmplx.go:30:12:     from x (spill) at ./cplx_cmplx.go:30:12
./cplx_cmplx.go:30:12:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:30:12
./cplx_cmplx.go:30:12:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:30:12:     from ... argument (spill) at ./cplx_cmplx.go:30:12
./cplx_cmplx.go:30:12:     from fmt.Print(... argument...) (call parameter) at ./cplx_cmplx.go:30:12
./cplx_cmplx.go:25:59: cmplx.Sqrt(z) * cmplx.Sqrt(z) == z escapes to heap:
./cplx_cmplx.go:25:59:   flow: {storage for ... argument} = &{storage for cmplx.Sqrt(z) * cmplx.Sqrt(z) == z}:
./cplx_cmplx.go:25:59:     from cmplx.Sqrt(z) * cmplx.Sqrt(z) == z (spill) at ./cplx_cmplx.go:25:59
./cplx_cmplx.go:25:59:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:25:13
./cplx_cmplx.go:25:59:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:25:59:     from ... argument (spill) at ./cplx_cmplx.go:25:13
./cplx_cmplx.go:25:59:     from fmt.Printf("%.17g %v\n", ... argument...) (call parameter) at ./cplx_cmplx.go:25:13
./cplx_cmplx.go:25:14: z escapes to heap:
./cplx_cmplx.go:25:14:   flow: {storage for ... argument} = &{storage for z}:
./cplx_cmplx.go:25:14:     from z (spill) at ./cplx_cmplx.go:25:14
./cplx_cmplx.go:25:14:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:25:13
./cplx_cmplx.go:25:14:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:25:14:     from ... argument (spill) at ./cplx_cmplx.go:25:13
./cplx_cmplx.go:25:14:     from fmt.Printf("%.17g %v\n", ... argument...) (call parameter) at ./cplx_cmplx.go:25:13
./cplx_cmplx.go:22:77: cmplx.IsInf(cmplx.Inf()) escapes to heap:
./cplx_cmplx.go:22:77:   flow: {storage for ... argument} = &{storage for cmplx.IsInf(cmplx.Inf())}:
./cplx_cmplx.go:22:77:     from cmplx.IsInf(cmplx.Inf()) (spill) at ./cplx_cmplx.go:22:77
./cplx_cmplx.go:22:77:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:77:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:22:77:     from ... argument (spill) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:77:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:51: cmplx.IsNaN(cmplx.NaN()) escapes to heap:
./cplx_cmplx.go:22:51:   flow: {storage for ... argument} = &{storage for cmplx.IsNaN(cmplx.NaN())}:
./cplx_cmplx.go:22:51:     from cmplx.IsNaN(cmplx.NaN()) (spill) at ./cplx_cmplx.go:22:51
./cplx_cmplx.go:22:51:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:51:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:22:51:     from ... argument (spill) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:51:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:36: cmplx.NaN() escapes to heap:
./cplx_cmplx.go:22:36:   flow: {storage for ... argument} = &{storage for cmplx.NaN()}:
./cplx_cmplx.go:22:36:     from cmplx.NaN() (spill) at ./cplx_cmplx.go:22:36
./cplx_cmplx.go:22:36:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:36:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:22:36:     from ... argument (spill) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:36:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:23: cmplx.Inf() escapes to heap:
./cplx_cmplx.go:22:23:   flow: {storage for ... argument} = &{storage for cmplx.Inf()}:
./cplx_cmplx.go:22:23:     from cmplx.Inf() (spill) at ./cplx_cmplx.go:22:23
./cplx_cmplx.go:22:23:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:23:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:22:23:     from ... argument (spill) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:22:23:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:22:13
./cplx_cmplx.go:20:63: cmplx.Rect(real(v), imag(v)) escapes to heap:
./cplx_cmplx.go:20:63:   flow: {storage for ... argument} = &{storage for cmplx.Rect(real(v), imag(v))}:
./cplx_cmplx.go:20:63:     from cmplx.Rect(real(v), imag(v)) (spill) at ./cplx_cmplx.go:20:63
./cplx_cmplx.go:20:63:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:63:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:20:63:     from ... argument (spill) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:63:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:48: cmplx.IsInf(v) escapes to heap:
./cplx_cmplx.go:20:48:   flow: {storage for ... argument} = &{storage for cmplx.IsInf(v)}:
./cplx_cmplx.go:20:48:     from cmplx.IsInf(v) (spill) at ./cplx_cmplx.go:20:48
./cplx_cmplx.go:20:48:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:48:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:20:48:     from ... argument (spill) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:48:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:32: cmplx.IsNaN(v) escapes to heap:
./cplx_cmplx.go:20:32:   flow: {storage for ... argument} = &{storage for cmplx.IsNaN(v)}:
./cplx_cmplx.go:20:32:     from cmplx.IsNaN(v) (spill) at ./cplx_cmplx.go:20:32
./cplx_cmplx.go:20:32:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:32:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:20:32:     from ... argument (spill) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:32:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:15: "  " escapes to heap:
./cplx_cmplx.go:20:15:   flow: {storage for ... argument} = &{storage for "  "}:
./cplx_cmplx.go:20:15:     from "  " (spill) at ./cplx_cmplx.go:20:15
./cplx_cmplx.go:20:15:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:15:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:20:15:     from ... argument (spill) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:20:14
./cplx_cmplx.go:19:93: cmplx.Log10(v) escapes to heap:
./cplx_cmplx.go:19:93:   flow: {storage for ... argument} = &{storage for cmplx.Log10(v)}:
./cplx_cmplx.go:19:93:     from cmplx.Log10(v) (spill) at ./cplx_cmplx.go:19:93
./cplx_cmplx.go:19:93:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:93:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:19:93:     from ... argument (spill) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:93:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:77: cmplx.Log(v) escapes to heap:
./cplx_cmplx.go:19:77:   flow: {storage for ... argument} = &{storage for cmplx.Log(v)}:
./cplx_cmplx.go:19:77:     from cmplx.Log(v) (spill) at ./cplx_cmplx.go:19:77
./cplx_cmplx.go:19:77:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:77:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:19:77:     from ... argument (spill) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:77:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:61: "log" escapes to heap:
./cplx_cmplx.go:19:61:   flow: {storage for ... argument} = &{storage for "log"}:
./cplx_cmplx.go:19:61:     from "log" (spill) at ./cplx_cmplx.go:19:61
./cplx_cmplx.go:19:61:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:61:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:19:61:     from ... argument (spill) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:61:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:56: cmplx.Exp(v) escapes to heap:
./cplx_cmplx.go:19:56:   flow: {storage for ... argument} = &{storage for cmplx.Exp(v)}:
./cplx_cmplx.go:19:56:     from cmplx.Exp(v) (spill) at ./cplx_cmplx.go:19:56
./cplx_cmplx.go:19:56:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:56:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:19:56:     from ... argument (spill) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:56:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:40: "exp" escapes to heap:
./cplx_cmplx.go:19:40:   flow: {storage for ... argument} = &{storage for "exp"}:
./cplx_cmplx.go:19:40:     from "exp" (spill) at ./cplx_cmplx.go:19:40
./cplx_cmplx.go:19:40:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:40:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:19:40:     from ... argument (spill) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:40:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:35: cmplx.Sqrt(v) escapes to heap:
./cplx_cmplx.go:19:35:   flow: {storage for ... argument} = &{storage for cmplx.Sqrt(v)}:
./cplx_cmplx.go:19:35:     from cmplx.Sqrt(v) (spill) at ./cplx_cmplx.go:19:35
./cplx_cmplx.go:19:35:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:35:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:19:35:     from ... argument (spill) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:35:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:15: "  sqrt" escapes to heap:
./cplx_cmplx.go:19:15:   flow: {storage for ... argument} = &{storage for "  sqrt"}:
./cplx_cmplx.go:19:15:     from "  sqrt" (spill) at ./cplx_cmplx.go:19:15
./cplx_cmplx.go:19:15:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:15:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:19:15:     from ... argument (spill) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:19:14
./cplx_cmplx.go:18:65: cmplx.Conj(v) escapes to heap:
./cplx_cmplx.go:18:65:   flow: {storage for ... argument} = &{storage for cmplx.Conj(v)}:
./cplx_cmplx.go:18:65:     from cmplx.Conj(v) (spill) at ./cplx_cmplx.go:18:65
./cplx_cmplx.go:18:65:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:65:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:18:65:     from ... argument (spill) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:65:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:43: th escapes to heap:
./cplx_cmplx.go:18:43:   flow: {storage for ... argument} = &{storage for th}:
./cplx_cmplx.go:18:43:     from th (spill) at ./cplx_cmplx.go:18:43
./cplx_cmplx.go:18:43:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:43:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:18:43:     from ... argument (spill) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:43:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:43: r escapes to heap:
./cplx_cmplx.go:18:43:   flow: {storage for ... argument} = &{storage for r}:
./cplx_cmplx.go:18:43:     from r (spill) at ./cplx_cmplx.go:18:43
./cplx_cmplx.go:18:43:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:43:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:18:43:     from ... argument (spill) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:43:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:43: cmplx.Phase(v) escapes to heap:
./cplx_cmplx.go:18:43:   flow: {storage for ... argument} = &{storage for cmplx.Phase(v)}:
./cplx_cmplx.go:18:43:     from cmplx.Phase(v) (spill) at ./cplx_cmplx.go:18:43
./cplx_cmplx.go:18:43:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:43:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:18:43:     from ... argument (spill) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:43:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:27: cmplx.Abs(v) escapes to heap:
./cplx_cmplx.go:18:27:   flow: {storage for ... argument} = &{storage for cmplx.Abs(v)}:
./cplx_cmplx.go:18:27:     from cmplx.Abs(v) (spill) at ./cplx_cmplx.go:18:27
./cplx_cmplx.go:18:27:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:27:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:18:27:     from ... argument (spill) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:27:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:14: v escapes to heap:
./cplx_cmplx.go:18:14:   flow: {storage for ... argument} = &{storage for v}:
./cplx_cmplx.go:18:14:     from v (spill) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:14:     from ... argument (slice-literal-element) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:14:   flow: {heap} = {storage for ... argument}:
./cplx_cmplx.go:18:14:     from ... argument (spill) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./cplx_cmplx.go:18:14
./cplx_cmplx.go:12:22: []complex128{...} does not escape
./cplx_cmplx.go:18:14: ... argument does not escape
./cplx_cmplx.go:18:14: v escapes to heap
./cplx_cmplx.go:18:27: cmplx.Abs(v) escapes to heap
./cplx_cmplx.go:18:43: cmplx.Phase(v) escapes to heap
./cplx_cmplx.go:18:43: r escapes to heap
./cplx_cmplx.go:18:43: th escapes to heap
./cplx_cmplx.go:18:65: cmplx.Conj(v) escapes to heap
./cplx_cmplx.go:19:14: ... argument does not escape
./cplx_cmplx.go:19:15: "  sqrt" escapes to heap
./cplx_cmplx.go:19:35: cmplx.Sqrt(v) escapes to heap
./cplx_cmplx.go:19:40: "exp" escapes to heap
./cplx_cmplx.go:19:56: cmplx.Exp(v) escapes to heap
./cplx_cmplx.go:19:61: "log" escapes to heap
./cplx_cmplx.go:19:77: cmplx.Log(v) escapes to heap
./cplx_cmplx.go:19:93: cmplx.Log10(v) escapes to heap
./cplx_cmplx.go:20:14: ... argument does not escape
./cplx_cmplx.go:20:15: "  " escapes to heap
./cplx_cmplx.go:20:32: cmplx.IsNaN(v) escapes to heap
./cplx_cmplx.go:20:48: cmplx.IsInf(v) escapes to heap
./cplx_cmplx.go:20:63: cmplx.Rect(real(v), imag(v)) escapes to heap
./cplx_cmplx.go:22:13: ... argument does not escape
./cplx_cmplx.go:22:23: cmplx.Inf() escapes to heap
./cplx_cmplx.go:22:36: cmplx.NaN() escapes to heap
./cplx_cmplx.go:22:51: cmplx.IsNaN(cmplx.NaN()) escapes to heap
./cplx_cmplx.go:22:77: cmplx.IsInf(cmplx.Inf()) escapes to heap
./cplx_cmplx.go:25:13: ... argument does not escape
./cplx_cmplx.go:25:14: z escapes to heap
./cplx_cmplx.go:25:59: cmplx.Sqrt(z) * cmplx.Sqrt(z) == z escapes to heap
./cplx_cmplx.go:30:12: ... argument does not escape
./cplx_cmplx.go:30:12: x escapes to heap
./cplx_cmplx.go:30:16: " " escapes to heap
./cplx_cmplx.go:33:10: func literal does not escape
./cplx_cmplx.go:34:20: ... argument does not escape
./cplx_cmplx.go:34:37: math.Float64bits(real(c)) escapes to heap
./cplx_cmplx.go:34:64: math.Float64bits(imag(c)) escapes to heap
./cplx_cmplx.go:38:14: ... argument does not escape
./cplx_cmplx.go:38:19: bits(cmplx.Sqrt(z)) escapes to heap
./cplx_cmplx.go:38:40: bits(cmplx.Exp(z)) escapes to heap
./cplx_cmplx.go:38:60: bits(cmplx.Log(z)) escapes to heap
./cplx_cmplx.go:38:92: math.Float64bits(cmplx.Abs(z)) escapes to heap
