// Closures capture variables, not values: writes after the closure is made
// are seen by it, and writes inside it are seen outside.
package main

import "fmt"

func main() {
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())

	bump := func() { x += 10 }
	bump()
	bump()
	fmt.Println(x, show())

	s := []int{1, 2}
	appendIt := func(v int) { s = append(s, v) }
	appendIt(3)
	appendIt(4)
	fmt.Println(s)

	arr := [3]int{}
	setArr := func(i, v int) { arr[i] = v }
	setArr(1, 5)
	fmt.Println(arr)

	type P struct{ X int }
	p := P{1}
	incP := func() { p.X++ }
	incP()
	q := p // a copy taken now
	incP()
	fmt.Println(p.X, q.X)

	str := "a"
	add := func(t string) string { str += t; return str }
	add("b")
	fmt.Println(add("c"), str)

	m := map[string]int{}
	put := func(k string) { m[k]++ }
	put("k")
	put("k")
	fmt.Println(m)

	// Reassigning the captured variable to a new value entirely.
	s = nil
	appendIt(9)
	fmt.Println(s)
}
