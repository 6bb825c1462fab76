package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "hello", "hi\n\"there\"", "☺ smile", "\x00\x07\x7f", "\xff\xfe", "日本語", "\u00a0\u2028", "tab\there", `back\slash`, "\U0001F600"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '☺', '\n', '\'', '"', 0, 0x7f, 0xFFFD, -1, 0x110000, 0xD800, 0x1F600} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r))
	}
}
