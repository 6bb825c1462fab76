// Slice literals: empty, keyed, nested with elided element types, slices of
// structs and pointers-free composites; len and cap of a literal are equal.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	a := []int{1, 2, 3}
	fmt.Println(a, len(a), cap(a))

	e := []int{}
	fmt.Println(e, len(e), cap(e), e == nil)

	k := []int{4: 1, 2: 5}
	fmt.Println(k, len(k), cap(k))

	n := [][]int{{1}, {2, 3}, {}, nil}
	fmt.Println(n, len(n), len(n[1]), n[3] == nil)

	ps := []P{{1, 2}, {Y: 3}, {}}
	fmt.Println(ps)
	fmt.Printf("%+v\n", ps)

	ss := []string{"a", "", "c"}
	fmt.Printf("%q %d\n", ss, len(ss))

	arrs := [][2]int{{1, 2}, {3, 4}}
	fmt.Println(arrs)

	ms := []map[string]int{{"a": 1}, {}}
	fmt.Println(ms, len(ms[1]))

	fs := []float64{1, 2.5, -0.125}
	fmt.Println(fs)

	// Each evaluation of a literal makes a new backing array.
	var saved [][]int
	for i := 0; i < 3; i++ {
		s := []int{i, i}
		saved = append(saved, s)
	}
	saved[0][0] = 100
	fmt.Println(saved)
}
