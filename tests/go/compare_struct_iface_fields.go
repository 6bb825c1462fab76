package main

import "fmt"

type K struct {
	a interface{}
	b string
}

type L struct {
	n  int
	e  error
	k  K
	xs [3]interface{}
}

type A [3]interface{}

type myErr struct{ s string }

func (e myErr) Error() string { return e.s }

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	try("equal", func() bool { return K{1, "x"} == K{1, "x"} })
	try("differ", func() bool { return K{1, "x"} != K{2, "x"} })
	try("nil fields", func() bool { return K{} == K{nil, ""} })
	try("types differ", func() bool { return K{1, "x"} == K{int8(1), "x"} })
	// the string differs: Go never reaches the uncomparable interface value
	try("slice, other field differs", func() bool { return K{[]int{1}, "x"} == K{[]int{1}, "y"} })
	try("slice, equal otherwise", func() bool { return K{[]int{1}, "x"} == K{[]int{1}, "x"} })
	try("slice vs int", func() bool { return K{[]int{1}, "x"} == K{1, "x"} })
	try("array equal", func() bool { return A{1, "a", 2.5} == A{1, "a", 2.5} })
	try("array later type differs", func() bool { return A{[]int{}, 1, 2} == A{[]int{}, 1, "2"} })
	try("array slice first", func() bool { return A{[]int{}, 1, 2} == A{[]int{}, 1, 2} })
	try("array map later", func() bool { return A{1, map[int]int{}, 2} == A{2, map[int]int{}, 2} })
	e1, e2 := myErr{"a"}, myErr{"a"}
	try("nested", func() bool {
		return L{1, e1, K{"k", "v"}, [3]interface{}{1, nil, "z"}} == L{1, e2, K{"k", "v"}, [3]interface{}{1, nil, "z"}}
	})
	try("nested differ", func() bool {
		return L{1, e1, K{"k", "v"}, [3]interface{}{1, nil, "z"}} == L{1, myErr{"b"}, K{"k", "v"}, [3]interface{}{1, nil, "z"}}
	})
	try("nested func", func() bool {
		f := func() {}
		return L{k: K{a: f}} == L{k: K{a: f}}
	})
	var i1, i2 interface{} = K{1, "x"}, K{1, "x"}
	try("boxed", func() bool { return i1 == i2 })
	var i3, i4 interface{} = K{[]int{}, "x"}, K{[]int{}, "x"}
	try("boxed slice", func() bool { return i3 == i4 })
	m := map[K]int{{1, "a"}: 1, {"s", "a"}: 2}
	m[K{1, "a"}]++
	fmt.Println(m[K{1, "a"}], m[K{"s", "a"}], len(m))
	try("map key slice", func() bool { m[K{[]int{}, "a"}] = 3; return true })
	ma := map[A]bool{{1, 2, 3}: true}
	fmt.Println(ma[A{1, 2, 3}], ma[A{1, 2, "3"}])
}
