// String comparison is bytewise lexicographic: ==, !=, <, <=, >, >= on
// ASCII, multibyte UTF-8, prefixes, empty strings and invalid bytes.
package main

import "fmt"

func cmp(a, b string) {
	fmt.Printf("%q %q: == %t != %t < %t <= %t > %t >= %t\n",
		a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	cmp("abc", "abc")
	cmp("abc", "abd")
	cmp("ab", "abc")
	cmp("", "")
	cmp("", "a")
	cmp("Z", "a")
	cmp("é", "z")
	cmp("\xff", "\u00ff")
	cmp("a\x00", "a")
	cmp("日本", "日本語")
	cmp("hello"[1:3], "el")

	x := "go"
	y := "g"
	y += "o"
	fmt.Println(x == y, x+"!" == y+"!", x[0] == y[0])

	// Sorting three strings by hand.
	a, b, c := "pear", "apple", "fig"
	if a > b {
		a, b = b, a
	}
	if b > c {
		b, c = c, b
	}
	if a > b {
		a, b = b, a
	}
	fmt.Println(a, b, c)

	// Comparisons as switch tags.
	switch s := "mid"; {
	case s < "a":
		fmt.Println("before a")
	case s < "n":
		fmt.Println("before n")
	default:
		fmt.Println("after")
	}
}
