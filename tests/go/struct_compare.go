// Struct equality: field by field, including strings, arrays, nested and
// anonymous structs, floats (+0 == -0, NaN != NaN) and pointers.
package main

import "fmt"

type P struct {
	X, Y int
}

type Rec struct {
	Name string
	Pos  P
	Arr  [2]string
	Ok   bool
}

type F struct{ V float64 }

func main() {
	a := P{1, 2}
	b := P{1, 2}
	c := P{2, 1}
	fmt.Println(a == b, a != b, a == c, a == P{Y: 2, X: 1})

	r1 := Rec{"r", P{1, 1}, [2]string{"a", "b"}, true}
	r2 := r1
	fmt.Println(r1 == r2)
	r2.Arr[1] = "c"
	fmt.Println(r1 == r2)
	r2 = r1
	r2.Pos.Y = 0
	fmt.Println(r1 == r2, r1.Pos == P{1, 1})

	neg := 0.0
	neg = -neg
	fmt.Println(F{0} == F{neg})
	nan := 0.0
	nan /= nan
	fmt.Println(F{nan} == F{nan})

	x, y := 1, 1
	type PP struct{ p *int }
	fmt.Println(PP{&x} == PP{&x}, PP{&x} == PP{&y}, PP{} == PP{nil})

	s1 := struct{ A, B string }{"a", "b"}
	s2 := struct{ A, B string }{"a", "b"}
	fmt.Println(s1 == s2)

	var z P
	fmt.Println(z == P{}, z == P{0, 1})
}
