package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil { // shadows the results
		return n * 2, nil
	}
	n = -1
	err = errors.New("bad " + s)
	return
}

func main() {
	fmt.Println(x)
	x := 1 // shadows the package variable
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 2.5; x > 2 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else", y)
	}
	switch x := "sw"; x {
	case "sw":
		x := x + "!"
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	fmt.Println(x)
	a, b := 1, 2
	b, c := 3, 4 // redeclaration: at least one new variable
	fmt.Println(a, b, c)
	fmt.Println(parse("21"))
	fmt.Println(parse("z"))
	var err error
	if _, err := strconv.Atoi("q"); err != nil {
		fmt.Println("inner err:", err)
	}
	fmt.Println("outer err:", err)
	len := func(s string) int { return 42 } // shadows a builtin
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	fmt := "fmt shadowed"
	_ = fmt
	println(fmt)
}
