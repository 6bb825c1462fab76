// Array keys: element-wise equality, arrays of strings, and a 2-D grid keyed
// by [2]int coordinates.
package main

import "fmt"

func main() {
	m := map[[3]int]string{}
	m[[3]int{1, 2, 3}] = "abc"
	a := [3]int{1, 2, 3}
	fmt.Println(m[a], len(m))
	a[2] = 4
	_, ok := m[a]
	fmt.Println(ok)

	names := map[[2]string]int{{"ann", "lee"}: 1, {"bob", "ray"}: 2}
	fmt.Println(names[[2]string{"bob", "ray"}], names[[2]string{"ray", "bob"}])

	alive := map[[2]int]bool{}
	for i := 0; i < 5; i++ {
		alive[[2]int{i, i}] = true
		alive[[2]int{i, 4 - i}] = true
	}
	fmt.Println(len(alive))
	for y := 0; y < 5; y++ {
		line := ""
		for x := 0; x < 5; x++ {
			if alive[[2]int{x, y}] {
				line += "#"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
	fmt.Println(map[[2]int]int{{2, 1}: 3, {1, 9}: 1, {1, 2}: 2})
}
