// Deleting map entries during range is allowed: deleted entries not yet
// reached are not produced. Deleting everything empties the map.
package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 50; i++ {
		m[i] = "v"
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	odd := 0
	for k := range m {
		if k%2 == 1 {
			odd++
		}
	}
	fmt.Println(odd)

	// Delete every key while ranging: each iteration sees a live key.
	seen := 0
	for k := range m {
		if _, ok := m[k]; ok {
			seen++
		}
		delete(m, k)
	}
	fmt.Println(seen, len(m))

	// Delete a different key: whichever of the pair is reached first
	// removes the other, so exactly one of each pair is seen.
	p := map[int]int{}
	for i := 0; i < 20; i++ {
		p[i] = i
	}
	visited := 0
	for k := range p {
		visited++
		delete(p, k^1)
	}
	fmt.Println(visited, len(p))
}
