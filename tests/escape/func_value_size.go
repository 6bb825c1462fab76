// A func value's object is too large for the frame when it copies a large
// value receiver or captures large variables by value: gc's
// MaxImplicitStackVarSize (64 KB), as for new(T).
package main

type big [10000]*int
type small [4]*int

func (b big) first() *int   { return b[0] }
func (s small) first() *int { return s[0] }

func call(f func() *int) bool { return f() == nil }

func main() {
	var b big
	var s small
	println(call(b.first), call(s.first))
	var arr [9000]int
	arr[1] = 5
	g := func() int { return arr[1] }
	var tiny [4]int
	h := func() int { return tiny[0] }
	println(g(), h())
}
