// Common slice idioms: filter in place, delete at index, insert at index,
// reverse, pop and dedupe.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	even := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			even = append(even, v)
		}
	}
	fmt.Println(even, s)

	d := []string{"a", "b", "c", "d", "e"}
	i := 2
	d = append(d[:i], d[i+1:]...)
	fmt.Println(d, len(d), cap(d))

	ins := []int{1, 2, 4, 5}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)

	stack := []int{1, 2, 3}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)

	dup := []int{1, 1, 2, 3, 3, 3, 4, 1}
	out := dup[:1]
	for _, v := range dup[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	fmt.Println(out)

	r := []rune("hello")
	for a, b := 0, len(r)-1; a < b; a, b = a+1, b-1 {
		r[a], r[b] = r[b], r[a]
	}
	fmt.Println(string(r))

	// Rotate left by 2 with three reversals.
	rot := []int{1, 2, 3, 4, 5}
	rev := func(x []int) {
		for a, b := 0, len(x)-1; a < b; a, b = a+1, b-1 {
			x[a], x[b] = x[b], x[a]
		}
	}
	rev(rot[:2])
	rev(rot[2:])
	rev(rot)
	fmt.Println(rot)
}
