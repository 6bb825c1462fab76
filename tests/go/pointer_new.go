// new(T) returns a pointer to a fresh zero value, distinct on every call,
// for every kind of T.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	pi := new(int)
	ps := new(string)
	pb := new(bool)
	pf := new(float64)
	fmt.Println(*pi, *ps == "", *pb, *pf)

	*pi = 42
	*ps = "set"
	fmt.Println(*pi, *ps)

	pp := new(Point)
	pp.X = 3
	fmt.Println(*pp, pp.Y)
	fmt.Println(pp)

	pa := new([3]int)
	pa[1] = 5
	fmt.Println(*pa, len(pa))

	psl := new([]int)
	fmt.Println(*psl == nil, len(*psl))
	*psl = append(*psl, 1, 2)
	fmt.Println(*psl)

	pm := new(map[string]int)
	fmt.Println(*pm == nil)
	*pm = map[string]int{"a": 1}
	fmt.Println((*pm)["a"])

	a, b := new(int), new(int)
	fmt.Println(a == b, *a == *b)

	ppi := new(*int)
	fmt.Println(*ppi == nil)
	*ppi = pi
	**ppi = 7
	fmt.Println(*pi)

	type Empty struct{}
	pe := new(Empty)
	fmt.Println(*pe)
}
