// Go 1.19: one variable per loop, not per iteration. Closures made in a
// loop share the loop variable and see its final value.
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

	var gs []func() string
	for _, s := range []string{"x", "y", "z"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// the classic fix: a per-iteration copy
	var hs []func() int
	for i := 0; i < 3; i++ {
		i := i
		hs = append(hs, func() int { return i * 10 })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	// a parameter is per call
	mk := func(v int) func() int { return func() int { return v } }
	var ks []func() int
	for i := 0; i < 3; i++ {
		ks = append(ks, mk(i))
	}
	for _, k := range ks {
		fmt.Print(k(), " ")
	}
	fmt.Println()
}
