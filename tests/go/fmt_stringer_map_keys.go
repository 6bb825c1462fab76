package main

import "fmt"

// Map keys are sorted by their values (internal/fmtsort), then printed
// with String(): the order is not the order of the strings.
type Month int

func (m Month) String() string {
	return [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}[m-1]
}

type Key struct{ A, B int }

func (k Key) String() string { return fmt.Sprintf("%c%d", 'z'-k.A, k.B) }

type Name string

func (n Name) String() string { return "~" + string(n) }

func main() {
	m := map[Month]int{12: 1, 1: 2, 6: 3, 2: 4, 11: 5}
	fmt.Println(m)
	fmt.Printf("%v\n%d\n", m, m)
	k := map[Key]Month{{2, 1}: 3, {1, 5}: 4, {1, 2}: 5, {0, 9}: 6}
	fmt.Println(k)
	n := map[Name][]Month{"b": {1, 2}, "a": {3}, "c": nil}
	fmt.Println(n)
	var i interface{} = map[Month]Name{3: "x", 1: "y"}
	fmt.Println(i)
}
