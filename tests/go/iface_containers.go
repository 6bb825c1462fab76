package main

import "fmt"

type I interface{ M() int }
type T int

func (t T) M() int { return int(t) }

type S struct {
	x interface{}
	i I
}

func main() {
	s := S{1, T(2)}
	fmt.Println(s.i.M(), s.x.(int))
	m := map[string]I{"a": T(3)}
	fmt.Println(m["a"].M())
	arr := [2]I{T(4), T(5)}
	for _, v := range arr {
		fmt.Println(v.M())
	}
	f := func() I { return T(6) }
	fmt.Println(f().M())
	var e interface{} = s
	fmt.Println(e.(S).i.M())
	ch := make(chan I, 1)
	ch <- T(7)
	fmt.Println((<-ch).M())
	var x interface{} = [3]int{1, 2, 3}
	fmt.Println(x == [3]int{1, 2, 3}, x.([3]int)[1])
	var y interface{} = struct{ a, b string }{"p", "q"}
	fmt.Println(y.(struct{ a, b string }).b)
	var f32 interface{} = float32(1.5)
	fmt.Println(f32.(float32), f32 == float32(1.5))
}
