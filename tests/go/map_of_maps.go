// Maps of maps: the inner map must be made before use; reading through a
// missing inner map yields zero values.
package main

import "fmt"

func add(m map[string]map[string]int, a, b string, n int) {
	inner, ok := m[a]
	if !ok {
		inner = make(map[string]int)
		m[a] = inner
	}
	inner[b] += n
}

func main() {
	m := map[string]map[string]int{}
	add(m, "x", "p", 1)
	add(m, "x", "q", 2)
	add(m, "y", "p", 3)
	add(m, "x", "p", 10)
	fmt.Println(m, len(m), len(m["x"]))
	fmt.Println(m["z"]["anything"], m["z"] == nil)

	inner := m["y"]
	inner["r"] = 7 // maps are references
	fmt.Println(m["y"])

	delete(m["x"], "p")
	fmt.Println(m["x"])

	grid := map[int]map[int]bool{}
	for i := 0; i < 3; i++ {
		grid[i] = map[int]bool{}
		for j := 0; j <= i; j++ {
			grid[i][j] = true
		}
	}
	total := 0
	for _, row := range grid {
		total += len(row)
	}
	fmt.Println(total, grid)
}
