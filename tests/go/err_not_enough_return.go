package main

func two() (int, string) {
	return 1
}

func main() {
	_, _ = two()
}
