// Conversions between named and unnamed slice types, and string conversions
// of named byte and rune slice types.
package main

import "fmt"

type Bytes []byte
type Runes []rune
type Ints []int
type MyString string

func main() {
	b := Bytes("abc")
	fmt.Println(b, string(b), len(b))

	r := Runes("héllo")
	fmt.Println(len(r), string(r))

	raw := []int{1, 2, 3}
	n := Ints(raw)
	n[0] = 9
	fmt.Println(raw, n) // same backing array

	back := []int(n)
	back[1] = 8
	fmt.Println(n)

	ms := MyString("xyz")
	fmt.Println([]byte(ms), []rune(ms))
	fmt.Println(MyString(b), string(Runes{'o', 'k'}))
	fmt.Printf("%T %T %T\n", b, r, ms)
}
