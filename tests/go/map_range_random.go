// Map iteration order is deliberately unpredictable: over many ranges of the
// same map at least two orders differ (with ten keys the chance that a
// randomised order repeats 200 times is negligible). Every range still
// visits each key exactly once.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 10; i++ {
		m[i] = true
	}
	first := ""
	differs := false
	for round := 0; round < 200; round++ {
		order := ""
		seen := map[int]int{}
		for k := range m {
			order += string(rune('0' + k))
			seen[k]++
		}
		for k := 0; k < 10; k++ {
			if seen[k] != 1 {
				fmt.Println("key", k, "seen", seen[k], "times")
			}
		}
		if round == 0 {
			first = order
		} else if order != first {
			differs = true
		}
	}
	fmt.Println("orders differ:", differs)
	fmt.Println("len:", len(first))

	// Even a one-element map ranges once, and fmt still sorts.
	one := map[string]int{"only": 1}
	n := 0
	for range one {
		n++
	}
	fmt.Println(n, m)
}
