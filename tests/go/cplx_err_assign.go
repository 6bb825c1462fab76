package main

func takes(f float64) {}

func main() {
	var c complex128 = 1i
	var d complex64 = c
	takes(c)
	var e complex128 = "s"
	var f float64 = real(d) + imag(c)
	c = 1 + nil
	_, _, _ = d, e, f
}
