package main

import (
	"fmt"
	"unicode"
)

func main() {
	rs := []rune{'a', 'Z', '5', ' ', '\t', '\n', '\u0085', '\u00a0', '!', '_', '€', '$', '+', 'é', 'É', 'ǅ', '٣', '²', 'Ⅻ', '中', '\u200b', '\u2028', '\u3000',
		'\u0301', '\x00', '\x7f', '\u009f', '\u00ad', 0xFFFD, 0x10FFFF, -1, 0x110000, 0x1F600, 'ß', 'ı', 'ſ', '\U0001D7CE', '〇', 'ª'}
	for _, r := range rs {
		fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.IsGraphic(r),
			unicode.IsMark(r), unicode.IsSymbol(r))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, string(unicode.ReplacementChar))
	fmt.Printf("%T %T\n", unicode.MaxRune, unicode.ReplacementChar)
}
