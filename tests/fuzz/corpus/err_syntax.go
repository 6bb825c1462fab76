package main

import "fmt"

func main() {
	x := []int{1, 2
	if x {
	for i := 0; i < 3; i++
	{
	}
	fmt.Println("a"
}
