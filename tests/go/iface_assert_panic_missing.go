package main

import "fmt"

type I interface {
	A()
	B()
}
type T struct{}

func (T) A() {}

func main() {
	var x interface{} = T{}
	fmt.Println("start")
	i := x.(I)
	i.A()
}
