package main

import "fmt"

func main() {
	var x interface{} = "hello"
	fmt.Println("before")
	n := x.(int)
	fmt.Println(n)
}
