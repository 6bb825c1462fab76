package main

import (
	"fmt"
	"os"
)

func main() {
	x := 1
	if x := 2; true {
	}
	for i := 0; i < 1; i++ {
		err := len("x")
	}
	var os = 3
	fmt.Println(x)
}
