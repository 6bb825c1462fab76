package main

import (
	"fmt"
	"strings"
)

func show(s []string) {
	fmt.Printf("%q len=%d cap=%d nil=%v\n", s, len(s), cap(s), s == nil)
}

func main() {
	show(strings.Split("a,b,c", ","))
	show(strings.Split("a man a plan a canal panama", "a "))
	show(strings.Split(" xyz ", ""))
	show(strings.Split("", "Bernardo O'Higgins"))
	show(strings.Split("", ""))
	show(strings.Split("a\xffb日", ""))
	show(strings.Split(",,", ","))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitN("a,b,c,d", ",", 10))
	show(strings.SplitN("abc", "", 2))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfterN("a,b,c,d", ",", 3))
	show(strings.SplitAfter("abc", ""))
	show(strings.Fields("  foo bar  baz   "))
	show(strings.Fields(""))
	show(strings.Fields("   \t\n "))
	show(strings.Fields("a\u00a0b\u2000c\u3000d\x85e\xffz"))
}
