// Arrays of arrays: indexing, rows as values, len of each level, zero values.
package main

import "fmt"

func main() {
	var m [3][4]int
	for i := 0; i < len(m); i++ {
		for j := 0; j < len(m[i]); j++ {
			m[i][j] = i*10 + j
		}
	}
	fmt.Println(m)
	fmt.Println(len(m), len(m[0]))

	r := m[1]
	r[0] = 99
	fmt.Println(m[1], r)

	m[2] = [4]int{}
	fmt.Println(m[2])

	cube := [2][2][2]string{{{"a", "b"}, {"c", "d"}}, {{"e", "f"}, {"g", "h"}}}
	fmt.Println(cube)
	fmt.Println(cube[1][0][1], len(cube[1][1]))

	sum := 0
	for _, row := range m {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println("sum", sum)

	// A row pointer aliases the row inside the outer array.
	p := &m[0]
	p[3] = -3
	fmt.Println(m[0])

	var t [3][3]bool
	t[1][1] = true
	fmt.Println(t)
}
