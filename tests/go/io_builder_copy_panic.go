package main

import (
	"fmt"
	"strings"
)

func write(b strings.Builder) {
	b.WriteString("copy")
}

func main() {
	var a strings.Builder
	var b strings.Builder
	b = a // copying a zero Builder is fine
	b.WriteString("ok")
	fmt.Println(b.String())
	a.WriteString("hello")
	fmt.Println(a.String())
	write(a)
	fmt.Println("unreachable")
}
