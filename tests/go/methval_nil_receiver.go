package main

import "fmt"

type T1 struct{ T2 }
type T2 struct{ *T3 }
type T3 struct{ *T4 }
type T4 struct{}

func (t4 T4) M(x int) int { return x + 40 }

type Tsmallv byte

func (v Tsmallv) M(x int) int { return x + int(v) }

type Tbigv [2]uintptr

func (v Tbigv) M(x int) int { return x + int(v[0]) }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover() != nil) }()
	f()
}

func main() {
	var f func(int) int
	try("t1", func() { var t1 T1; f = t1.M })
	try("t2", func() { var t2 T2; f = t2.M })
	try("*t3", func() { var t3 *T3; f = t3.M })
	try("t3", func() { var t3 T3; f = t3.M })
	try("psv", func() { var p *Tsmallv; f = p.M })
	try("pbv", func() { var p *Tbigv; f = p.M })
	try("call via nil", func() { var p *T4; p.M(1) })
	try("call via nil path", func() { var t3 T3; t3.M(1) })
	try("method expression", func() { var p *T4; g := (*T4).M; g(p, 1) })
	fmt.Println(f == nil)
}
