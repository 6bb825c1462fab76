// Maps are references: assignment and parameters share one map, so writes
// through any copy are seen by all.
package main

import "fmt"

func fill(m map[string]int, n int) {
	for i := 0; i < n; i++ {
		m[fmt.Sprint("k", i)] = i
	}
}

func reset(m map[string]int) {
	m = map[string]int{} // rebinding the parameter does not affect the caller
	m["new"] = 1
}

type Registry struct {
	byName map[string]int
}

func main() {
	a := map[string]int{}
	b := a
	b["x"] = 1
	fmt.Println(a["x"], len(a))

	fill(a, 3)
	fmt.Println(len(a), len(b), a)

	reset(a)
	fmt.Println(len(a), a["new"])

	r1 := Registry{byName: map[string]int{}}
	r2 := r1 // copies the struct, shares the map
	r2.byName["shared"] = 5
	fmt.Println(r1.byName["shared"])

	maps := []map[int]int{{}, {}}
	m0 := maps[0]
	m0[1] = 1
	fmt.Println(maps)
}
