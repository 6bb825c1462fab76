// A variable declared in the loop body is new on each iteration; the
// closure keeps the one of its iteration.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		sq := i * i
		fs = append(fs, func() int { sq++; return sq })
	}
	for _, f := range fs {
		fmt.Print(f(), f(), " ")
	}
	fmt.Println()

	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		c := 0
		counters[name] = func() int { c++; return c }
	}
	counters["a"]()
	counters["a"]()
	fmt.Println(counters["a"](), counters["b"]())
}
