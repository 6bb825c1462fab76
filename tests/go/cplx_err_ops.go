package main

func main() {
	a := 1 + 2i
	b := 3 + 0i
	_ = a < b
	_ = a % b
	_ = a > 1
	var c complex64 = 1
	_ = a + c
	_ = a << 1
	_ = -a &^ b
}
