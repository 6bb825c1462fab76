package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd800, 0xdfff, 0xe000} {
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	for _, s := range []string{"", "a", "héllo", "日本語", "\xff", "a\xffb", "\xe6\x97", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\x80", "\U0010FFFF", "€x"} {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		br, bn := utf8.DecodeRune([]byte(s))
		blr, bln := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q %U %d %U %d %U %d %U %d %d %d %v %v\n", s, r, n, lr, ln, br, bn, blr, bln, utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.Valid([]byte(s)))
	}
	buf := make([]byte, 4)
	for _, r := range []rune{'a', 'é', '€', '😀', -1, 0xd800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(n, buf[:n])
	}
	var b []byte
	for _, r := range "añ€😀" {
		b = utf8.AppendRune(b, r)
	}
	b = utf8.AppendRune(b, 0x110000)
	fmt.Printf("%q %d\n", b, len(b))
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	fmt.Printf("%T %T %T %T\n", utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
}
