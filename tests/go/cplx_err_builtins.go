package main

func main() {
	var f32 float32 = 1
	var f64 float64 = 2
	_ = complex(f32, f64)
	_ = real(5)
	_ = imag("x")
	_ = complex(1i, 2)
	var c complex128
	_ = float64(c)
	_ = complex64(f64)
	_ = int(1 + 1i)
}
