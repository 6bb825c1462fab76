package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.IndexAny("golang", "y"), strings.IndexAny("golang", "ngl"), strings.IndexAny("golang", ""))
	fmt.Println(strings.LastIndexAny("go gopher", "go"), strings.LastIndexAny("go gopher", "rodent"), strings.LastIndexAny("go gopher", "fail"))
	fmt.Println(strings.ContainsAny("team", "i"), strings.ContainsAny("fail", "ui"), strings.ContainsAny("ure", "ui"), strings.ContainsAny("", ""), strings.ContainsAny("failure", ""))
	fmt.Println(strings.IndexAny("x\xffy", "\xfe"), strings.IndexAny("日本語", "語本"), strings.LastIndexAny("日本語日", "日"))
	fmt.Println(strings.IndexAny("abc\uFFFD", "\xff"), strings.LastIndexAny("\xffabc", "\uFFFD"), strings.LastIndexAny("a", "a"), strings.LastIndexAny("\xff", "\uFFFD"))
	fmt.Println(strings.IndexAny("abcdefghijklmnop", "pon"), strings.LastIndexAny("abcdefghijklmnop", "abc"))
}
