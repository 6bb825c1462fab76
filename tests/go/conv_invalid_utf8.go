// Invalid UTF-8: []rune() turns each bad byte into U+FFFD, []byte keeps the
// bytes, and encoding invalid code points gives "\uFFFD".
package main

import "fmt"

func main() {
	bad := "a\xffb\xc3"
	r := []rune(bad)
	fmt.Println(len(bad), len(r), r)
	fmt.Printf("%q\n", string(r))
	b := []byte(bad)
	fmt.Println(b)
	fmt.Printf("%q\n", string(b))

	// Surrogates, out-of-range and negative values encode as U+FFFD.
	fmt.Printf("%q\n", string([]rune{0xD800, 0x110000, -1, 'x'}))
	big := rune(0x10FFFF)
	fmt.Printf("%q %d\n", string(big), len(string(big)))
	v := rune(0xDFFF)
	fmt.Printf("%q\n", string(v))

	// An encoded surrogate (ED A0 80) decodes to three U+FFFD.
	fmt.Println([]rune("\xed\xa0\x80"))
	// Overlong encoding of '/'.
	fmt.Println([]rune("\xc0\xaf"))
	// Truncated 4-byte sequence.
	fmt.Println(len([]rune("\xf0\x9f\x98")), []rune("\xf0\x9f\x98"))

	// Range agrees with []rune on invalid input.
	n := 0
	for _, c := range bad {
		if c == 0xFFFD {
			n++
		}
	}
	fmt.Println(n)
}
