// A concrete value compared with an interface, on either side, in values
// and in conditions: the concrete one is converted first (structs, arrays,
// strings, floats and complex numbers too).
package main

type U128 struct{ a, b uint64 }
type A [2]uint64

func main() {
	u := U128{4, 5}
	var i interface{} = u
	println(u == i, i == u)
	a := A{1, 2}
	var j interface{} = a
	println(a == j, j == a)
	s := "x"
	var k interface{} = s
	println(s == k, k == s)
	f := 1.5
	var l interface{} = f
	println(f == l, l == f)
}

func init() {
	u := U128{4, 5}
	var i interface{} = u
	if u == i {
		println("if u == i")
	}
	f := 1.5
	var l interface{} = f
	if f == l {
		println("if f == l")
	}
	if f != l {
		println("wrong")
	}
	c := 1 + 2i
	var ci interface{} = c
	if c == ci && ci == c {
		println("complex eq")
	}
}
