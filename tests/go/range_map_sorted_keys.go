// The deterministic way to walk a map: collect the keys, sort them (an
// insertion sort here) and index the map in that order.
package main

import "fmt"

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	ages := map[string]int{"zoe": 31, "adam": 40, "mia": 25, "bob": 19, "eve": 52}
	var names []string
	for name := range ages {
		names = append(names, name)
	}
	sortStrings(names)
	for _, name := range names {
		fmt.Printf("%-5s %d\n", name, ages[name])
	}

	byAge := make(map[int]string)
	for n, a := range ages {
		byAge[a] = n
	}
	keys := make([]int, 0, len(byAge))
	for k := range byAge {
		keys = append(keys, k)
	}
	sortInts(keys)
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Print(byAge[k], " ")
	}
	fmt.Println()
}
