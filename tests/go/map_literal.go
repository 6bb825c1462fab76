// Map literals: element types elided in composite values, struct and array
// values, nested maps; fmt prints keys sorted.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(m, len(m))

	pts := map[string]Point{
		"origin": {},
		"unit":   {1, 1},
		"x":      {X: 5},
	}
	fmt.Println(pts)

	byPt := map[Point]string{{1, 2}: "a", {0, 0}: "o"}
	fmt.Println(byPt[Point{1, 2}], byPt[Point{}], len(byPt))

	nested := map[string]map[string]int{
		"a": {"x": 1},
		"b": {"y": 2, "z": 3},
	}
	fmt.Println(nested, nested["b"]["z"])

	lists := map[int][]string{3: {"c"}, 1: {"a", "b"}, 2: nil}
	fmt.Println(lists)

	arrs := map[[2]int]bool{{1, 1}: true, {0, 1}: false}
	fmt.Println(arrs)

	empty := map[string]bool{}
	fmt.Println(empty, len(empty), empty == nil)

	ints := map[int]string{-5: "neg", 0: "zero", 10: "ten", 3: "three"}
	fmt.Println(ints)
}
