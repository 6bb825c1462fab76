// Maps that do not escape, as Go keeps them: the map header and, for a
// size hint of at most 8 (a constant, or checked at run time), the first
// table live in the frame, so a function that builds a small local map
// makes no heap objects; an escaping map, or a local one made with a
// constant hint over 8, does. The frame map also survives stack growth
// in the middle of its use (deep recursion between inserts and during a
// range loop). Only stable facts are printed (vm -noescape:
// NAME.noescape.out).
package main

import (
	"fmt"
	"runtime"
)

var keep map[string]int

func readMallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func climb(f func()) uint64 {
	before := readMallocs()
	f()
	return readMallocs() - before
}

// A literal, counted into: header and table in the frame.
func histogram(words []string) int {
	m := map[string]int{}
	for _, w := range words {
		m[w]++
	}
	best := 0
	for _, n := range m {
		if n > best {
			best = n
		}
	}
	return best*10 + len(m)
}

// make with a hint known only at run time (at most 8 here).
func distinct(xs []int, hint int) int {
	m := make(map[int]bool, hint)
	for _, x := range xs {
		m[x] = true
	}
	delete(m, xs[0])
	return len(m)
}

// The map outlives the call.
func escaping(words []string) {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	keep = m
}

func depth(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%64] - n + 1
}

// Stack growth between inserts and inside a range loop over a frame map
// whose values point to heap objects.
func deepUse() int {
	m := map[int]*[4]int{}
	for i := 0; i < 6; i++ {
		m[i] = &[4]int{i, i, i, i}
		m[i][1] += depth(200)
	}
	s := 0
	for k, v := range m {
		s += k + v[0] + v[1] + depth(100)
	}
	return s
}

func main() {
	words := []string{"go", "vm", "go", "map", "vm", "go"}
	n := 0
	c := climb(func() {
		for i := 0; i < 1000; i++ {
			n += histogram(words)
		}
	})
	fmt.Println("literal, in the frame:", c < 10, n)
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	n = 0
	c = climb(func() {
		for i := 0; i < 1000; i++ {
			n += distinct(xs, len(xs))
		}
	})
	fmt.Println("make with a run-time hint <= 8, in the frame:", c < 10, n)
	c = climb(func() {
		for i := 0; i < 1000; i++ {
			escaping(words)
		}
	})
	fmt.Println("escaping, on the heap:", c >= 1000, len(keep), keep["go"])
	fmt.Println("stack growth:", deepUse())
}
