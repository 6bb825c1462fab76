package main

func main() {
	total := sum(1, 2)
	_ = total
}
