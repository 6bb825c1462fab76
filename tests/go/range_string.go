// for range over a string: byte offsets and runes of multibyte UTF-8, every
// invalid or truncated sequence yielding U+FFFD with width 1, and the index
// only / blank / no-variable forms.
package main

import "fmt"

func dump(s string) {
	fmt.Printf("%q:", s)
	for i, r := range s {
		fmt.Printf(" %d:%U", i, r)
	}
	fmt.Println()
}

func main() {
	dump("héllo, 世界")
	dump("😀a")
	dump("")
	dump("\xff")
	dump("a\xffb")
	dump("\xe4\xb8")         // truncated 3-byte sequence
	dump("\xe4\xb8z")        // truncated, then ASCII
	dump("\xed\xa0\x80")     // encoded surrogate: invalid
	dump("\xc0\x80")         // overlong encoding of NUL: invalid
	dump("\xf4\x90\x80\x80") // above U+10FFFF: invalid
	dump("\xf0\x9f\x98")     // truncated 4-byte sequence
	dump("\u00e9\U0010FFFF\x80")

	count := 0
	for i := range "añb" {
		count += i
	}
	fmt.Println("sum of indices", count)

	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println("runes", n, "bytes", len("日本語"))

	for _, r := range "AZ" {
		fmt.Print(r, " ", string(r+1), " ")
	}
	fmt.Println()

	s := "abc"
	for i, c := range s {
		s = "changed"
		fmt.Print(i, string(c))
	}
	fmt.Println(" ", s)

	var last rune
	var li int
	for li, last = range "xyz€" {
	}
	fmt.Println(li, last, string(last))

	// Runes compared with constants.
	vowels := 0
	for _, r := range "programming in Go is fun" {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	fmt.Println("vowels", vowels)
}
