package main

func main() {
	ÿþ := 1
}
