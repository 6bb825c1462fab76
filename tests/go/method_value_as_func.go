// Method values and method expressions passed where func values are
// expected: callbacks bound to a receiver, stored in maps and struct fields.
package main

import "fmt"

type Acc struct{ sum int }

func (a *Acc) Add(x int)      { a.sum += x }
func (a Acc) Times(x int) int { return a.sum * x }

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func mapf(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Button struct {
	Label   string
	OnClick func(int)
}

func main() {
	var a Acc
	each([]int{1, 2, 3, 4}, a.Add)
	fmt.Println(a.sum)

	fmt.Println(mapf([]int{1, 2, 3}, a.Times))

	var b Acc
	handlers := map[string]func(int){"a": a.Add, "b": b.Add}
	handlers["a"](100)
	handlers["b"](5)
	fmt.Println(a.sum, b.sum)

	btn := Button{"ok", b.Add}
	btn.OnClick(10)
	fmt.Println(b.sum)

	times := Acc.Times
	fmt.Println(times(Acc{3}, 4))
	add := (*Acc).Add
	add(&b, 1)
	fmt.Println(b.sum)
}
