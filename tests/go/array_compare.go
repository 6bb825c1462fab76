// Arrays of comparable elements compare element by element with == and !=.
package main

import "fmt"

type pair struct {
	a int
	b string
}

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a != b, a == c, a != c)

	var z [3]int
	fmt.Println(z == [3]int{}, z == [3]int{0, 0, 1})

	s1 := [2]string{"go", "vm"}
	s2 := [2]string{"go", "v" + "m"}
	fmt.Println(s1 == s2, s1 == [2]string{"vm", "go"})

	n1 := [2][2]int{{1, 2}, {3, 4}}
	n2 := [2][2]int{{1, 2}, {3, 4}}
	n3 := [2][2]int{{1, 2}, {3, 5}}
	fmt.Println(n1 == n2, n1 == n3)

	p1 := [2]pair{{1, "a"}, {2, "b"}}
	p2 := [2]pair{{1, "a"}, {2, "b"}}
	p2[1].b = "c"
	fmt.Println(p1 == p2, p1[0] == p2[0])

	f1 := [2]float64{0.0, 1}
	negz := 0.0
	negz = -negz
	f2 := [2]float64{negz, 1}
	fmt.Println(f1 == f2) // +0 == -0

	nan := 0.0
	nan = nan / nan
	f3 := [1]float64{nan}
	fmt.Println(f3 == f3, f3 != f3) // NaN is never equal

	var e1, e2 [0]int
	fmt.Println(e1 == e2)

	bs := [4]bool{true, false, true, false}
	fmt.Println(bs == [4]bool{true, false, true, false})
}
