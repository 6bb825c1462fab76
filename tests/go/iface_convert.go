package main

import "fmt"

type A interface{ F() int }
type B interface {
	A
	G() int
}
type T int

func (t T) F() int { return int(t) }
func (t T) G() int { return int(t) * 10 }

func useA(a A) int { return a.F() }

func main() {
	var b B = T(3)
	var a A = b
	fmt.Println(a.F(), useA(b), b.G())
	var e interface{} = a
	b2 := e.(B)
	fmt.Println(b2.G())
	as := []A{b, T(5)}
	for _, x := range as {
		fmt.Println(x.F())
	}
	var a2 A
	fmt.Println(a2 == nil)
	a2 = a
	fmt.Println(a2 == a)
}
