package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Join([]string{"foo", "bar", "baz"}, ", "))
	fmt.Printf("%q\n", strings.Join(nil, ", "))
	fmt.Printf("%q\n", strings.Join([]string{"one"}, ", "))
	fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, ""))
	fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, "-"))
	fmt.Printf("%q\n", strings.Repeat("na", 4))
	fmt.Printf("%q\n", strings.Repeat("", 100))
	fmt.Printf("%q\n", strings.Repeat("x", 0))
	fmt.Printf("%q\n", strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Printf("%q\n", strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("日本", "", "-", 2))
	fmt.Printf("%q\n", strings.Replace("abc", "b", "b", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "x", "y", -1))
	fmt.Printf("%q\n", strings.Replace("aaa", "a", "", 0))
	fmt.Printf("%q\n", strings.ReplaceAll("banana", "a", "o"))
	fmt.Printf("%q\n", strings.ReplaceAll("a\xffb", "", "."))
}
