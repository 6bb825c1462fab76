// %v, %+v and %#v of structs with fields of many kinds; Println and Sprint
// of structs.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rec struct {
	Name  string
	Age   int
	Score float64
	OK    bool
	Tags  []string
	R     rune
	B     byte
	U     uint
	Neg   int8
}

type lower struct {
	a int
	b string
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	r := Rec{"ann", 30, 2.5, true, []string{"a", "b"}, 'x', 7, 9, -3}
	fmt.Printf("%v\n%+v\n%#v\n", r, r, r)
	var z Rec
	fmt.Printf("%v\n%+v\n%#v\n", z, z, z)
	l := lower{1, "s"}
	fmt.Printf("%v %+v %#v\n", l, l, l)
	fmt.Println(p, r.Tags, l)
	fmt.Print(p, p, "\n")
	s := fmt.Sprint(p, " ", l)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln(p, l) == "{1 2} {1 s}\n")
	fmt.Printf("%s\n", Point{3, 4})
	fmt.Printf("%d\n", Point{3, 4})
	fmt.Printf("%x %X %o\n", Point{255, 16}, Point{255, 16}, Point{8, 9})
	fmt.Printf("%5v|%-5v|\n", Point{1, 2}, Point{3, 4})
	fmt.Printf("%06.2f\n", struct{ A, B float64 }{1.5, -2.25})
	fmt.Printf("%q\n", struct {
		S string
		R rune
	}{"hi", 'x'})
}
