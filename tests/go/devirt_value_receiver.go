// Interface method calls gc devirtualizes: the receiver is passed as x.(T),
// which copies a value receiver out of its box, so the box need not escape.
package main

import "sort"

type I interface{ M() }
type S []*int

var sink interface{}

func (s S) M() { sink = s[0] }

type P struct{ x *int }

func (p *P) M() { sink = p }

func main() {
	x := 1
	var a I = S{&x}
	a.M()
	var b I = &P{}
	b.M()
	var d sort.Interface = sort.StringSlice{"a"}
	d.Swap(0, 0)
	var e sort.Interface = sort.IntSlice{1, 2}
	println(e.Len(), e.Less(0, 1))
}
