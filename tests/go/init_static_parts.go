// Package variables whose initializers mix static data and code: gc lays
// out slice, array, struct and &T{...} literals (and interface boxes) as
// data and runs only their dynamic parts, so only those are reported.
package main

import "fmt"

type S struct {
	p *int
	m map[string]int
	f func() int
	xs []string
	i interface{}
}

func mk() *int { x := 1; return &x }

var a = []*int{mk(), new(int)}
var b = S{p: mk(), m: map[string]int{"a": 1}, xs: []string{fmt.Sprint(1)}, i: fmt.Sprint(2)}
var c = &S{p: new(int), i: 3}
var d = [2][]int{{1, 2}, make([]int, 3)}
var e interface{} = S{m: map[string]int{}}
var f = []interface{}{1, fmt.Sprint(3), mk()}
var g = struct{ a, b *int }{mk(), nil}

func main() {
	fmt.Println(*a[0], *b.p, len(c.xs), d[1], e != nil, len(f), *g.a)
}
