package main

func main() {
	var c complex64 = 1e40 + 1i
	const k complex128 = 1e400i
	var x = real(1i) / 0
	_, _ = c, x
}
