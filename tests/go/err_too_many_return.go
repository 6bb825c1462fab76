package main

func one() int {
	return 1, 2
}

func main() {
	_ = one()
}
