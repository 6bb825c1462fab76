package main

import "fmt"

func main() {
	vals := []interface{}{1, "a", 2.5}
	for _, v := range vals {
		fmt.Println(v)
	}
	var xs []interface{}
	n := 3
	xs = append(xs, n)
	fmt.Println(len(xs))
}
