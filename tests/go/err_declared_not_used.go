package main

import "fmt"

func main() {
	used := 1
	unused := 2
	fmt.Println(used)
}
