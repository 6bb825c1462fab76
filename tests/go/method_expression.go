// Method expressions: T.M takes the receiver as first argument; (*T).M
// works for pointer methods and for value methods too.
package main

import "fmt"

type V struct{ X, Y int }

func (v V) Sum() int          { return v.X + v.Y }
func (v V) Mul(k int) V       { return V{v.X * k, v.Y * k} }
func (v *V) Shift(dx, dy int) { v.X += dx; v.Y += dy }

func main() {
	sum := V.Sum
	mul := V.Mul
	shift := (*V).Shift
	psum := (*V).Sum

	v := V{1, 2}
	fmt.Println(sum(v), mul(v, 3))
	shift(&v, 10, 20)
	fmt.Println(v, psum(&v))

	fmt.Printf("%T\n%T\n%T\n%T\n", sum, mul, shift, psum)

	fs := []func(V) int{V.Sum, func(v V) int { return v.X }}
	for _, f := range fs {
		fmt.Print(f(V{3, 4}), " ")
	}
	fmt.Println()

	vs := []V{{1, 1}, {2, 2}, {3, 3}}
	for i := range vs {
		shift(&vs[i], i, 0)
	}
	fmt.Println(vs)

	apply := func(f func(*V, int, int), p *V) { f(p, 1, 1) }
	apply((*V).Shift, &vs[0])
	fmt.Println(vs[0])
}
