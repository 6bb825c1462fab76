// fmt of nested composites: structs inside structs, slices, arrays and maps
// of structs, with %v, %+v and %#v.
package main

import "fmt"

type Addr struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Home    Addr
	Others  []Addr
	ByKind  map[string]Addr
	Pair    [2]Addr
	Numbers [][]int
}

func main() {
	p := Person{
		Name:    "bo",
		Home:    Addr{"Oslo", 150},
		Others:  []Addr{{"Rome", 1}, {City: "Nice"}},
		ByKind:  map[string]Addr{"work": {"Bonn", 53}, "alt": {}},
		Pair:    [2]Addr{{"A", 1}},
		Numbers: [][]int{{1, 2}, nil, {}},
	}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)

	var e Person
	fmt.Printf("%v\n%+v\n%#v\n", e, e, e)

	anon := struct {
		In struct{ A, B int }
		L  []struct{ C string }
	}{}
	anon.L = append(anon.L, struct{ C string }{"c"})
	fmt.Printf("%v\n%+v\n%#v\n", anon, anon, anon)
}
