// Keyed array literals: keys in any order, mixed with positional elements
// that continue after the last key, constant expressions as keys.
package main

import "fmt"

const (
	Red = iota
	Green
	Blue
)

func main() {
	names := [...]string{Blue: "blue", Red: "red", Green: "green"}
	fmt.Println(len(names), names)

	a := [...]int{5: 1, 2, 3, 0: 9}
	fmt.Println(len(a), a)

	b := [6]int{1, 4: 5}
	fmt.Println(b)

	sq := [...]int{2 * 2: 16, 3: 9}
	fmt.Println(sq)

	nested := [2][3]int{1: {2: 7}}
	fmt.Println(nested)

	s := []string{3: "d", 1: "b"}
	fmt.Println(len(s), cap(s))
	fmt.Printf("%q\n", s)
}
