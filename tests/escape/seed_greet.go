package main

import "fmt"

func greet() {
	fmt.Println("Hello!")
}

func main() {
	greet()
}
