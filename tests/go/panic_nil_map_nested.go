// Writing into a missing inner map of a map of maps: the inner map is nil.
package main

import "fmt"

func main() {
	m := map[string]map[string]int{"a": {}}
	m["a"]["x"] = 1
	fmt.Println(m)
	m["b"]["y"] = 2
	fmt.Println(m)
}
