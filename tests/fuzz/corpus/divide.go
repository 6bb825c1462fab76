package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	s := []int{1, 2, 3}
	i := 5
	defer fmt.Println("deferred")
	fmt.Println(div(1, len(s)-3), s[i])
}
