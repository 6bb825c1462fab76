// String verbs: %s %v %q %x %X with widths (counted in runes), precisions
// (truncating runes), and the flags - # + space 0.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("|%s|%10s|%-10s|%.2s|%.3s|%7.2s|%-7.2s|%010s|\n", s, s, s, s, s, s, s, s)
	fmt.Printf("|%v|%8v|%-8v|%.1v|\n", s, s, s, s)
	fmt.Printf("|%q|%+q|%#q|%#+q|%12q|%-12q|%.3q|\n", s, s, s, s, s, s, s)
	fmt.Printf("|%x|%X|% x|% X|%#x|%# x|%#X|\n", s, s, s, s, s, s, s)
	fmt.Printf("|%.2x|%8x|%-8x|%08x|\n", "abc", "abc", "abc", "ab")
	fmt.Printf("|%s|%q|%x|%5s|%-5s|%.0s|\n", "", "", "", "", "", "abc")
	u := "日本語"
	fmt.Printf("|%s|%5s|%-5s|%.2s|%q|%+q|%x|\n", u, u, u, u, u, u, u)
	e := "a\tb\n\"c\"\\\x01\x7f"
	fmt.Printf("|%s|\n|%q|\n|%#q|\n|%+q|\n", e, e, e, e)
	bad := "\xffok\xc3"
	fmt.Printf("|%q|%+q|%x|%.3s|%5s|\n", bad, bad, bad, bad, bad)
	fmt.Printf("|%q|%#q|\n", "`", "no`backquote")
	fmt.Printf("|%q|%q|\n", "\u2028", "\U0010ffff")
	fmt.Printf("%s and %s and %v\n", "one", "two", "three")
	t := fmt.Sprintf("%-6s|%6s", "ab", "cd")
	fmt.Println(t, len(t))
}
