// strings functions that take a func: Map, IndexFunc, LastIndexFunc,
// FieldsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc. The funcs print
// their calls, so Go's order of calls is checked too; a closure that
// grows the stack deeply checks that the operands survive its moving.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func deep(n int) int {
	var pad [64]int
	pad[0] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + pad[0] - n + 1
}

func main() {
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gophers! ünïcödé"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, " a b\tc\n d "))
	same := "unchanged"
	fmt.Println(strings.Map(func(r rune) rune { return r }, same) == same)
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"))

	isUpper := func(r rune) bool { return unicode.IsUpper(r) }
	isSpace := func(r rune) bool { return unicode.IsSpace(r) }
	var calls []string
	isDigit := func(r rune) bool {
		calls = append(calls, string(r))
		return r >= '0' && r <= '9'
	}
	fmt.Println(strings.IndexFunc("abc123def", isDigit), calls)
	calls = nil
	fmt.Println(strings.LastIndexFunc("abc123def", isDigit), calls)
	calls = nil
	fmt.Println(strings.IndexFunc("héllo", isUpper), strings.IndexFunc("hÉllo", isUpper))

	fmt.Printf("%q\n", strings.FieldsFunc("  a,b;;c , d;", func(r rune) bool {
		return r == ',' || r == ';' || r == ' '
	}))
	fmt.Printf("%q\n", strings.FieldsFunc("", isSpace))
	fmt.Printf("%q\n", strings.FieldsFunc("    ", isSpace))

	calls = nil
	fmt.Printf("%q %v\n", strings.TrimFunc("123abc456", isDigit), calls)
	calls = nil
	fmt.Printf("%q %v\n", strings.TrimLeftFunc("123abc456", isDigit), calls)
	calls = nil
	fmt.Printf("%q %v\n", strings.TrimRightFunc("123abc456", isDigit), calls)
	calls = nil
	fmt.Printf("%q %v\n", strings.TrimFunc("12345", isDigit), calls)
	fmt.Printf("%q\n", strings.TrimFunc("¡¡¡Hola!!!", func(r rune) bool { return unicode.IsPunct(r) }))

	// A func that moves the stack between runes.
	b := []byte("stack moves")
	s := string(b)
	fmt.Println(strings.Map(func(r rune) rune {
		return r + rune(deep(200)) - 200 + 1
	}, s))
	fmt.Printf("%q\n", strings.FieldsFunc(s, func(r rune) bool { return deep(300) == 0 && r == ' ' }))
}
