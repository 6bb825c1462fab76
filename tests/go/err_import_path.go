package main

import "fmt x"

func main() {
	fmt.Println("unreachable")
}
