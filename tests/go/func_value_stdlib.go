// Library functions used as values: passed to strings.Map and FieldsFunc,
// stored in variables and slices, compared with nil.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	fmt.Println(strings.Map(unicode.ToUpper, "hello, world"))
	fmt.Printf("%q\n", strings.FieldsFunc("a b\tc\n", unicode.IsSpace))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(apply(strings.ToUpper, "abc"), apply(strings.TrimSpace, "  x  "))
	p := fmt.Println
	p("via", "value", 1, 2)
	sp := fmt.Sprintf
	fmt.Println(sp("%03d|%s", 7, "x"))
	atoi := strconv.Atoi
	n, err := atoi("42x")
	fmt.Println(n, err)
	fs := []func(string) string{strings.ToLower, strings.ToUpper, strings.TrimSpace}
	for _, f := range fs {
		fmt.Printf("%q\n", f(" MiXeD "))
	}
	fmt.Println(p != nil)
}
