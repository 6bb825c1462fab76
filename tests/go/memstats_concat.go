// String concatenation and the heap, as Go's walk and concatstrings do it:
// a chain a + b + c is one operation (one allocation, never one per +); a
// result that does not escape and fits in 32 bytes lives in a buffer in
// the frame (no allocation at all); a longer one, an escaping one and
// s += t (rewritten after escape analysis) allocate once per execution
// (but the first s += t below: "" + "xy" is "xy" itself).
// Only stable facts are printed (vm -noescape: NAME.noescape.out).
package main

import (
	"fmt"
	"runtime"
)

var sink string

func readMallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

// The result stays here and fits: the frame buffer.
func short(a, b, c string) int {
	s := a + "-" + b + "-" + c
	return len(s) + int(s[0])
}

// The result stays here but is over 32 bytes: one heap string per call.
func long(a, b, c string) int {
	s := a + "-" + b + "-" + c + "-" + a + b + c + "!!"
	return len(s)
}

// The result escapes: one heap string per call, whatever the chain length.
func escaping(a, b, c, d string) {
	sink = a + b + (c + d)
}

// A single non-empty operand is the result itself: no allocation.
func single(a string) int {
	e := ""
	s := e + a + e
	sink = e + a
	return len(s)
}

func climb(f func()) uint64 {
	before := readMallocs()
	f()
	return readMallocs() - before
}

func main() {
	n := 0
	c := climb(func() {
		for i := 0; i < 1000; i++ {
			n += short("alpha", "beta", "gamma")
		}
	})
	fmt.Println("short, in the frame:", c < 10, n)
	n = 0
	c = climb(func() {
		for i := 0; i < 1000; i++ {
			n += long("alpha", "beta", "gamma")
		}
	})
	fmt.Println("long, one per call:", c >= 1000 && c < 1010, n)
	c = climb(func() {
		for i := 0; i < 1000; i++ {
			escaping("a", "b", "c", "d")
		}
	})
	fmt.Println("escaping chain of 4, one per call:", c >= 1000 && c < 1010, sink)
	n = 0
	c = climb(func() {
		for i := 0; i < 1000; i++ {
			n += single("solo")
		}
	})
	fmt.Println("single operand, none:", c < 10, n, sink)
	c = climb(func() {
		s := ""
		for i := 0; i < 100; i++ {
			s += "x" + "y"
		}
		sink = s
	})
	fmt.Println("s += t, one per statement:", c >= 99 && c < 110, len(sink))
}
