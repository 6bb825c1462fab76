./cplx_mandelbrot.go:46:13: total64 escapes to heap:
./cplx_mandelbrot.go:46:13:   flow: {storage for ... argument} = &{storage for total64}:
./cplx_mandelbrot.go:46:13:     from total64 (spill) at ./cplx_mandelbrot.go:46:13
./cplx_mandelbrot.go:46:13:     from ... argument (slice-literal-element) at ./cplx_mandelbrot.go:46:13
./cplx_mandelbrot.go:46:13:   flow: {heap} = {storage for ... argument}:
./cplx_mandelbrot.go:46:13:     from ... argument (spill) at ./cplx_mandelbrot.go:46:13
./cplx_mandelbrot.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_mandelbrot.go:46:13
./cplx_mandelbrot.go:46:13: total escapes to heap:
./cplx_mandelbrot.go:46:13:   flow: {storage for ... argument} = &{storage for total}:
./cplx_mandelbrot.go:46:13:     from total (spill) at ./cplx_mandelbrot.go:46:13
./cplx_mandelbrot.go:46:13:     from ... argument (slice-literal-element) at ./cplx_mandelbrot.go:46:13
./cplx_mandelbrot.go:46:13:   flow: {heap} = {storage for ... argument}:
./cplx_mandelbrot.go:46:13:     from ... argument (spill) at ./cplx_mandelbrot.go:46:13
./cplx_mandelbrot.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_mandelbrot.go:46:13
./cplx_mandelbrot.go:45:18: string(sb) escapes to heap:
./cplx_mandelbrot.go:45:18:   flow: {storage for ... argument} = &{storage for string(sb)}:
./cplx_mandelbrot.go:45:18:     from string(sb) (spill) at ./cplx_mandelbrot.go:45:18
./cplx_mandelbrot.go:45:18:     from ... argument (slice-literal-element) at ./cplx_mandelbrot.go:45:11
./cplx_mandelbrot.go:45:18:   flow: {heap} = {storage for ... argument}:
./cplx_mandelbrot.go:45:18:     from ... argument (spill) at ./cplx_mandelbrot.go:45:11
./cplx_mandelbrot.go:45:18:     from fmt.Print(... argument...) (call parameter) at ./cplx_mandelbrot.go:45:11
./cplx_mandelbrot.go:45:18: string(sb) escapes to heap:
./cplx_mandelbrot.go:45:18:   flow: {storage for string(sb)} = &{storage for string(sb)}:
./cplx_mandelbrot.go:45:18:     from string(sb) (spill) at ./cplx_mandelbrot.go:45:18
./cplx_mandelbrot.go:45:18:     from string(sb) (interface-converted) at ./cplx_mandelbrot.go:45:18
./cplx_mandelbrot.go:45:11: ... argument does not escape
./cplx_mandelbrot.go:45:18: string(sb) escapes to heap
./cplx_mandelbrot.go:45:18: string(sb) escapes to heap
./cplx_mandelbrot.go:46:13: ... argument does not escape
./cplx_mandelbrot.go:46:13: total escapes to heap
./cplx_mandelbrot.go:46:13: total64 escapes to heap
