// Go 1.19: the variables of a three-clause for loop and of for range are
// one variable for the whole loop, so closures made in the loop all see the
// last value; copying into a per-iteration variable fixes that.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func() (int, int)
	for k, v := range [3]int{10, 20, 30} {
		hs = append(hs, func() (int, int) { return k, v })
	}
	for _, h := range hs {
		a, b := h()
		fmt.Print(a, ",", b, " ")
	}
	fmt.Println()

	// Variables declared inside the body are fresh each iteration.
	fs = nil
	for i := 0; i < 3; i++ {
		sq := i * i
		fs = append(fs, func() int { return sq })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// A closure that changes the loop variable changes the loop.
	n := 0
	for i := 0; i < 10; i++ {
		skip := func() { i += 2 }
		skip()
		n++
	}
	fmt.Println(n)

	// Passing the loop variable as an argument copies it.
	fs = nil
	for i := 0; i < 3; i++ {
		fs = append(fs, func(v int) func() int { return func() int { return v } }(i))
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
