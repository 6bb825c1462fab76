package main

import "fmt"

// gc rewrites f(g()) into `t0, t1 := g(); f(t0, t1)` before escape
// analysis; the temporaries are numbered by the function's declarations so
// far (.autotmp_N): named parameters, results, `var` locals before their
// values, `:=` locals after them, range and type-switch variables.
func two() (int, string) { return 1, "a" }

func ptrs() (*int, *int) { x, y := 1, 2; return &x, &y }

func take(p, q *int) int { return *p + *q }

func h(x, y int) (r int) {
	z := x + y
	fmt.Println(two())
	w := z * 2
	fmt.Println(w)
	fmt.Println(two())
	return w
}

type T struct{}

func (t *T) m(x int, _ int) (int, error) {
	fmt.Println(two())
	return x, nil
}

func (T) o(int) (r int) {
	fmt.Println(two())
	return
}

func lit() {
	f := func(q int) {
		fmt.Println(two())
	}
	f(1)
	for i, v := range []int{1} {
		fmt.Println(i, v)
		fmt.Println(two())
	}
	var e interface{} = 1
	switch z := e.(type) {
	case int:
		fmt.Println(z)
	case string:
		fmt.Println(two())
	}
	var q = fmt.Sprint(two())
	a := fmt.Sprint(two())
	fmt.Println(q, a, take(ptrs()))
}

func main() {
	fmt.Println(h(1, 2))
	var t T
	t.m(1, 2)
	t.o(1)
	lit()
	fmt.Print(two())
}
