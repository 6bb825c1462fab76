package main

import "fmt"

var order []string

func init() { order = append(order, "init 1") }

var x = trace("x", y+1)
var y = trace("y", 10)

func trace(name string, v int) int {
	order = append(order, name)
	return v
}

func init() { order = append(order, "init 2") }

func init() {
	order = append(order, fmt.Sprint("init 3 x=", x))
}

func main() {
	fmt.Println(order)
}
