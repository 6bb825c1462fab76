./cplx_mandelbrot.go:45:11: ... argument does not escape
./cplx_mandelbrot.go:45:18: string(sb) escapes to heap
./cplx_mandelbrot.go:45:18: string(sb) escapes to heap
./cplx_mandelbrot.go:46:13: ... argument does not escape
./cplx_mandelbrot.go:46:13: total escapes to heap
./cplx_mandelbrot.go:46:13: total64 escapes to heap
