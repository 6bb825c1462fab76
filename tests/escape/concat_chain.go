package main

var sink string

// One concatenation per chain, whatever the parentheses.
func chain(a, b, c, d string) int {
	s := a + (b + c) + d
	t := (a + b) + (c + d)
	return len(s) + len(t)
}

// Constant operands of 32 bytes or more: no frame buffer (walk's rule),
// whether or not the result escapes.
func constHeavy(a string) int {
	s := a + "0123456789abcdef0123456789abcdef"
	return len(s)
}

// s += t is rewritten after escape analysis: always the heap.
func opAssign(a, b string) string {
	s := a
	s += b + a
	return s
}

// Escaping and non-escaping chains in one function.
func mixed(a, b string) int {
	sink = a + b + a
	x := b + a + b
	return len(x)
}

func main() {
	println(chain("a", "b", "c", "d"), constHeavy("x"), opAssign("p", "q"), mixed("m", "n"))
}
