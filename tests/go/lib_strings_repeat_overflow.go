package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(len(strings.Repeat("abcd", 3)))
	n := 1 << 62
	fmt.Println(strings.Repeat("abcd", n))
}
