package main

import "fmt"

func main() {
	s := "12"
	n := int(s)
	fmt.Println(n)
}
