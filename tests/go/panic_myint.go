package main

type MyInt int

func main() {
	defer func() {
		panic(MyInt(7))
	}()
	panic("original")
}
