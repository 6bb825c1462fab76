package main

import "fmt"

func main() {
	fmt.Println("main", which(), arch())
}
