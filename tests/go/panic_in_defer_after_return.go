package main

import "fmt"

func f() int {
	defer func() {
		var m map[string]int
		m["k"] = 1
	}()
	fmt.Println("f returns")
	return 1
}

func main() {
	fmt.Println(f())
}
