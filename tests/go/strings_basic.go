// Strings: indexing gives bytes, slicing with every bound form, len counts
// bytes, + and += concatenate, and strings are immutable values.
package main

import "fmt"

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), s[0], s[7], s[len(s)-1])
	fmt.Println(s[0:5], s[7:10], s[:5], s[7:], s[:], s[5:5] == "")
	fmt.Printf("%T %T %v %c\n", s[0], s[1:2], s[1], s[1])
	fmt.Println(string(s[7]) == "\xe4", s[7:8] == "\xe4")

	t := s
	t += " again"
	fmt.Println(s)
	fmt.Println(t)

	e := ""
	fmt.Println(len(e), e == "", e+e == e)

	var b byte = s[4]
	b++
	fmt.Println(b, string(rune(b)))

	// Indices of several integer types.
	var i8 int8 = 1
	var u uint = 2
	var i64 int64 = 3
	fmt.Println(s[i8], s[u], s[i64], s[i8:u], s[u:i64])

	// Building strings byte by byte and rune by rune.
	r := ""
	for i := 0; i < 5; i++ {
		r += string(rune('a' + i))
	}
	fmt.Println(r, len(r))
	acc := ""
	for i := len(r) - 1; i >= 0; i-- {
		acc += r[i : i+1]
	}
	fmt.Println(acc)

	// Slices of slices share nothing observable.
	x := "abcdefgh"
	y := x[2:6]
	z := y[1:3]
	fmt.Println(y, z, len(y), len(z), z[0])
	const c = "constant"
	fmt.Println(c[2], c[1:4], len(c))
	fmt.Println("literal"[3], "literal"[1:3], len("日本"))

	// Multi-line raw strings keep everything, backslashes included.
	raw := `a\nb
	c "d" \t`
	fmt.Println(raw, len(raw))
}
