// Closures over a local: each call of the maker gets its own variable;
// copies of one closure value share it.
package main

import "fmt"

func makeCounter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func makeCounterStep(start, step int) (func() int, func()) {
	n := start
	next := func() int {
		v := n
		n += step
		return v
	}
	reset := func() { n = start }
	return next, reset
}

func main() {
	c1 := makeCounter()
	c2 := makeCounter()
	fmt.Println(c1(), c1(), c1(), c2())
	c3 := c1
	fmt.Println(c3(), c1())

	next, reset := makeCounterStep(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	counters := make([]func() int, 3)
	for i := range counters {
		counters[i] = makeCounter()
	}
	for i := 0; i < 3; i++ {
		for j := 0; j <= i; j++ {
			counters[i]()
		}
	}
	fmt.Println(counters[0](), counters[1](), counters[2]())
}
