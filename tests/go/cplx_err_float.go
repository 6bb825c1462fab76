package main

func main() {
	var f float64 = 1 + 2i
	var i int = 3i
	var g float32 = complex(1, 1)
	_, _, _ = f, i, g
}
