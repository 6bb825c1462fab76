package main

import (
	"fmt"
	"strings"
)

func main() {
	pairs := [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"ς", "σ"}, {"k", "\u212A"}, {"K", "\u212a"}, {"ß", "SS"},
		{"abc", "abd"}, {"abc", "ab"}, {"", ""}, {"\xff", "\xff"}, {"\xff", "\xfe"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"ΐ", "ΐ"},
		{"hello, World", "HELLO, world"}, {"a", "A\u0301"}, {"µ", "Μ"}, {"ſ", "S"}, {"@", "`"}, {"[", "{"}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], strings.EqualFold(p[0], p[1]), strings.Compare(p[0], p[1]))
	}
	before, after, found := strings.Cut("Gopher", "ph")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("Gopher", "Go")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("Gopher", "er")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("Gopher", "Badger")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("Gopher", "")
	fmt.Printf("%q %q %v\n", before, after, found)
}
