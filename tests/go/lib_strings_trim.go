package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.Trim("", "abc"))
	fmt.Printf("%q\n", strings.Trim("abc", ""))
	fmt.Printf("%q\n", strings.Trim("aaaa", "a"))
	fmt.Printf("%q\n", strings.Trim("\xffabc\xff", "\xff"))
	fmt.Printf("%q\n", strings.Trim("\xffabc\xfe", "\uFFFD"))
	fmt.Printf("%q\n", strings.Trim("  xx  ", " "))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u2003 x \u3000\u0085"))
	fmt.Printf("%q\n", strings.TrimSpace("   "))
	fmt.Printf("%q\n", strings.TrimSpace(""))
	fmt.Printf("%q\n", strings.TrimSpace("\xff "))
	fmt.Printf("%q\n", strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, "))
	fmt.Printf("%q\n", strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Howdy, "))
	fmt.Printf("%q\n", strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Gophers!!!"))
	fmt.Printf("%q\n", strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Marmots!!!"))
	fmt.Printf("%q\n", strings.TrimSuffix("abc", ""))
}
