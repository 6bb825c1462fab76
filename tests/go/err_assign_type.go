package main

import "fmt"

func main() {
	var s string
	s = 42
	fmt.Println(s)
}
