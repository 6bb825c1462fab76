// Reading a missing key yields the value type's zero value, whatever it is:
// struct, slice, map, array, pointer, func, string.
package main

import "fmt"

type S struct {
	N int
	L []int
}

func main() {
	fmt.Println(map[int]S{}[1])
	fmt.Println(map[int][]int{}[1] == nil)
	fmt.Println(map[int]map[int]int{}[1] == nil)
	fmt.Println(map[int][2]string{}[1])
	fmt.Println(map[int]*S{}[1] == nil)
	fmt.Println(map[int]func(){}[1] == nil)
	fmt.Printf("%q\n", map[int]string{}[1])
	fmt.Println(map[int]float64{}[1], map[int]bool{}[1], map[int]rune{}[1])

	// Appending to a missing entry's nil slice and storing it.
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	fmt.Println(m)

	// Incrementing a missing counter.
	c := map[[2]int]int{}
	c[[2]int{1, 1}]++
	c[[2]int{1, 1}]++
	fmt.Println(c)
}
