package main

import "fmt"

type BinOp func(a, b int) int
type Pred func(int) bool

func (p Pred) Not() Pred { return func(x int) bool { return !p(x) } }

func apply(op BinOp, xs []int) int {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = op(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int { return func(x int) int { return f(g(x)) } }

func filter(xs []int, p Pred) (out []int) {
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return
}

func main() {
	add := BinOp(func(a, b int) int { return a + b })
	var mul BinOp = func(a, b int) int { return a * b }
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(apply(add, xs), apply(mul, xs))
	even := Pred(func(x int) bool { return x%2 == 0 })
	fmt.Println(filter(xs, even), filter(xs, even.Not()))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return 2 * x }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	var nilf func()
	fmt.Println(nilf == nil, add != nil)
	ops := map[string]BinOp{"+": add, "*": mul}
	fmt.Println(ops["+"](3, 4), ops["*"](3, 4))
	table := []struct {
		name string
		f    func(float64) float64
	}{{"half", func(x float64) float64 { return x / 2 }}, {"sq", func(x float64) float64 { return x * x }}}
	for _, t := range table {
		fmt.Println(t.name, t.f(3))
	}
	fmt.Printf("%T %T\n", add, even)
}
