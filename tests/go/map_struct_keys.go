// Struct keys: equal structs are the same key, fields of every comparable
// kind, nested structs and arrays inside keys.
package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	P    Point
	Tag  [2]byte
	On   bool
}

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 1}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(len(visits), visits[Point{0, 1}], visits[Point{0, 0}], visits[Point{5, 5}])
	fmt.Println(visits)

	m := map[Key]string{}
	k1 := Key{"a", Point{1, 2}, [2]byte{'x', 'y'}, true}
	m[k1] = "first"
	k2 := k1
	m[k2] = "second" // same key
	k2.Tag[1] = 'z'
	m[k2] = "third"
	fmt.Println(len(m), m[k1], m[k2])
	_, ok := m[Key{Name: "a"}]
	fmt.Println(ok)

	type anon = struct{ A, B string }
	am := map[anon]int{{"a", "b"}: 1, {"b", "a"}: 2}
	fmt.Println(am[anon{"b", "a"}], len(am))
	fmt.Println(am)
}
