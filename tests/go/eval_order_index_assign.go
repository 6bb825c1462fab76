// Go's order for assignments: the calls in the left side's index operands
// run before the right side; &map{} and &[]T{} literals.
package main

import "fmt"

var n int

func f() string { n++; return fmt.Sprint("k", n) }
func g() int    { n += 10; return n }
func h() int    { n++; return n % 3 }

func main() {
	m := map[string]int{}
	m[f()] = g()
	m[f()] = g()
	fmt.Println(m)
	s := make([]int, 3)
	s[h()] = g()
	fmt.Println(s, n)
	counter := 0
	next := func() int { counter++; return counter }
	arr := [5]int{}
	arr[next()] = next() * 10
	fmt.Println(arr, counter)
	pm := &map[string]int{"a": 1}
	(*pm)["b"] = 2
	fmt.Println(len(*pm), (*pm)["a"])
	ps := &[]int{1, 2, 3}
	*ps = append(*ps, 4)
	fmt.Println(*ps, len(*ps))
}
