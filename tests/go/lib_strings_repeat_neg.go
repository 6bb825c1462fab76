package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 2))
	n := -1
	fmt.Println(strings.Repeat("ab", n))
}
