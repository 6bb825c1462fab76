// String and rune literals: every escape sequence, octal and hex bytes,
// \u and \U code points, raw strings, and rune literals of each form.
package main

import "fmt"

func main() {
	s := "\a\b\f\n\r\t\v\\\"'"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println(len(s))
	fmt.Println(len("\x41\101\u0041\U00000041"), "\x41\101\u0041\U00000041")
	fmt.Println("\xe4\xb8\x96" == "世", "\u4e16" == "世", "\U0001F600" == "😀")
	fmt.Println(len("\377"), "\377"[0], len("\u00ff"))
	fmt.Println(`raw \n \t \x41`, len(`\n`))
	fmt.Println(`multi
line`)
	fmt.Println('a', '\n', '\'', '\\', '\x7f', '\177', '\u00e9', '\U0001F600', '世')
	fmt.Printf("%q\n", "\a\b\f\n\r\t\v\\\"'\x00\x7f\u00a0\u2028\ufeff\U0001F600\xff")
	fmt.Printf("%+q\n", "日本\t語")
	fmt.Printf("%#q %#q\n", "back`quote", "plain")
}
