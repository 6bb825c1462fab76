package main

import (
	"fmt"
	"os"
)

func f() int {
	return "one"
}

func main() {
	a := 1
	var b string = 2
	fmt.Println(c)
}
