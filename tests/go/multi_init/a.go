package main

import "fmt"

var A = C * 2

var a1 = note("a1 (a.go)")

func init() { fmt.Println("init a.go", A, B, C) }

func main() {
	fmt.Println("main", A, B, C, a1, z1, c1)
	fmt.Println(trace)
}
