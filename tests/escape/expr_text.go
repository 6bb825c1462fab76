package main

import "fmt"

// Expressions as gc's IR printer spells them in -m output: repeated unary
// operators, explicit dereferences in selectors, constant strings converted
// to rune slices (folded into literals), aliases resolved, [...] sized.
type Node struct {
	Val  int
	Next *Node
}

type Runes []rune

type anon = struct{ A, B string }

func main() {
	yes := true
	x := 3
	fmt.Println(!!yes, - -x, -^x, ^-x)
	n := &Node{Val: 1, Next: &Node{Val: 2}}
	fmt.Println((*n).Next.Val, (*(*n).Next).Val, *&n.Val)
	fmt.Println([]rune("héllo"), []rune(""), Runes("ab"), []byte("hi"))
	am := map[anon]int{{"a", "b"}: 1}
	fmt.Println(am[anon{"a", "b"}], [...]int{1, 2}, []struct{ X, Y int }{{1, 2}})
	var e interface{} = struct{ A int }{1}
	fmt.Println(e)
}
