package main

import "fmt"

func three() {
	defer fmt.Println("first deferred, runs last")
	defer fmt.Println("second deferred")
	defer fmt.Println("third deferred, runs first")
	fmt.Println("body of three")
}

func main() {
	three()
	defer fmt.Println("main's defer")
	fmt.Println("end of main")
}
