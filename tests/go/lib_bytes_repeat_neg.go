package main

import (
	"bytes"
	"fmt"
)

func main() {
	n := -2
	fmt.Println(bytes.Repeat([]byte("x"), n))
}
