package main

import (
	"fmt"
	"unicode"
)

func main() {
	rs := []rune{'a', 'A', 'z', '1', 'é', 'É', 'ß', 'ǅ', 'ǆ', 'Ǆ', 'ı', 'İ', 'ſ', 'K', 'k', 'σ', 'ς', 'Σ', 'µ', 'ÿ', 'Ÿ', 'Ā', 'ā', 'ǈ', 'ᾈ', 'ᾀ', 'ⓐ', 'Ⓐ', '𐐀', '𐐨', 0x10FFFF, -5, 0xFFFD, 'ꭰ', 'Ꭰ'}
	for _, r := range rs {
		fmt.Printf("%U %U %U %U %U\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsLetter(r) {
			n++
		}
	}
	fmt.Println("letters", n)
	sum := 0
	for r := rune(0); r < 0x20000; r++ {
		sum += int(unicode.ToUpper(r)-r) + 3*int(unicode.ToLower(r)-r) + 7*int(unicode.SimpleFold(r)-r)
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			sum++
		}
	}
	fmt.Println("sum", sum)
}
