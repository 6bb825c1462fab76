package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println(str.ToUpper("a.go"), lower("B.GO"))
	fmt.Println(strings)
}
