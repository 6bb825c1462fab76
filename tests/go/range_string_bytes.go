// for range over a string yields byte offsets and runes; over []byte it
// yields every byte; over []rune every code point.
package main

import "fmt"

func main() {
	s := "aé世🙂"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i, b := range []byte(s) {
		fmt.Printf("%d:%02x ", i, b)
	}
	fmt.Println()
	for i, r := range []rune(s) {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()

	count := 0
	for range s {
		count++
	}
	fmt.Println(count, len(s), len([]rune(s)))

	var last int
	for last = range "abc" {
	}
	fmt.Println(last)
}
