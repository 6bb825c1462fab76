// ROT13 and a Caesar cipher over strings, byte by byte, with rune
// arithmetic and wrap-around.
package main

import "fmt"

func shift(s string, k int) string {
	out := ""
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			r = 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			r = 'A' + (r-'A'+rune(k)+26)%26
		}
		out += string(r)
	}
	return out
}

func main() {
	msg := "Hello, Gophers! Ünïcödé stays."
	r13 := shift(msg, 13)
	fmt.Println(r13)
	fmt.Println(shift(r13, 13) == msg)
	for k := -3; k <= 3; k += 3 {
		fmt.Printf("%2d %s\n", k, shift("xyz ABC", k))
	}
}
