package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer recovered:", recover())
		fmt.Println("again:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
