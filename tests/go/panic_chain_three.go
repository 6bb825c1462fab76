package main

func main() {
	defer func() { panic(3) }()
	defer func() { panic("two") }()
	panic(1)
}
