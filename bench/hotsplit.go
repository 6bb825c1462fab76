// hotsplit.go: the "hot split" that made Go abandon segmented stacks. At
// each depth from 0 to 600 a loop calls a small function 20,000 times;
// wherever that call lands just past the end of a segment, every call
// allocates a segment and every return frees it. Under the default
// copying mode the stack grows once and the calls cost nothing extra;
// bench/run compares the two modes (it has no Lua twin).
package main

import "fmt"

func leaf(x int) int {
	var pad [6]int
	pad[x%6] = x
	return pad[x%6] + 1
}

func loop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += leaf(i)
	}
	return s
}

func at(depth, n int) int {
	if depth == 0 {
		return loop(n)
	}
	return at(depth-1, n)
}

func main() {
	total := 0
	for d := 0; d <= 600; d++ {
		total += at(d, 20000)
	}
	fmt.Println(total)
}
