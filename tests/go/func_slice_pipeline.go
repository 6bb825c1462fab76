// A slice of func values applied in order: a pipeline.
package main

import "fmt"

func double(x int) int { return x * 2 }
func inc(x int) int    { return x + 1 }

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	steps := []func(int) int{double, inc, double}
	x := 3
	for _, s := range steps {
		x = s(x)
	}
	fmt.Println(x)
	f := compose(inc, inc, double)
	g := compose(f, f)
	fmt.Println(f(1), g(1))
	steps[1] = func(x int) int { return x - 100 }
	fmt.Println(compose(steps...)(5))
	var none []func(int) int
	fmt.Println(compose(none...)(42))
}
