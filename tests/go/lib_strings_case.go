package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"Gopher", "hello, WORLD", "ǳ ǆ ǉ", "héllo wörld ÀÉÎ", "ß", "ﬀ", "İstanbul", "Σίσυφος", "a\xffb", "", "123", "ǅ"} {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
	}
	fmt.Println(strings.Title("her royal highness"), strings.Title("loud_noises and-such"), strings.Title("ünicode éléphant"))
	fmt.Println(strings.Title("x.y,z;a b\tc\nd"), strings.Title("3rd place"))
}
