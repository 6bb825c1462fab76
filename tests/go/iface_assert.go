package main

import "fmt"

type I interface{ M() int }
type J interface{ N() int }
type T struct{ v int }

func (t T) M() int { return t.v }

type U int

func (u U) M() int { return int(u) * 2 }
func (u U) N() int { return int(u) * 3 }

func main() {
	var x interface{} = 42
	n := x.(int)
	fmt.Println(n + 1)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var i I = T{5}
	t := i.(T)
	fmt.Println(t.v)
	_, ok = i.(U)
	fmt.Println(ok)
	j, ok := i.(J)
	fmt.Println(j == nil, ok)
	i = U(4)
	j, ok = i.(J)
	fmt.Println(j.N(), ok)
	var e interface{} = T{9}
	k, ok := e.(I)
	fmt.Println(k.M(), ok)
	e = "str"
	k, ok = e.(I)
	fmt.Println(k == nil, ok)
	var nilI I
	_, ok = nilI.(T)
	fmt.Println(ok)
	if v, ok := e.(string); ok {
		fmt.Println("string", v, len(v))
	}
}
