package main

import "fmt"

func main() {
	fmt.Println("start")
	fmt.Println(get([]int{1, 2, 3}, 1))
	fmt.Println(get([]int{1, 2, 3}, 5))
}
