package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := [][2]string{{"seafood", "foo"}, {"seafood", "bar"}, {"seafood", ""}, {"", ""}, {"", "a"},
		{"chicken", "ken"}, {"aaaa", "aa"}, {"x\xffy", "\xff"}, {"日本語", "本"}, {"go gopher", "go"}}
	for _, c := range cases {
		fmt.Println(strings.Contains(c[0], c[1]), strings.Index(c[0], c[1]), strings.LastIndex(c[0], c[1]),
			strings.Count(c[0], c[1]), strings.HasPrefix(c[0], c[1]), strings.HasSuffix(c[0], c[1]))
	}
	fmt.Println(strings.Count("five", ""), strings.Count("日本語", ""), strings.Count("\xff\xfe", ""))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexByte("golang", 'x'), strings.LastIndexByte("golang", 'g'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("日本語", '語'))
	fmt.Println(strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("a\uFFFDb", 0xFFFD), strings.IndexRune("abc", -1), strings.IndexRune("abc", 0x110000))
	fmt.Println(strings.ContainsRune("aardvark", 97), strings.ContainsRune("timeout", 97), strings.ContainsRune("", 'a'))
}
