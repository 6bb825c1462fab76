package main

type S interface{ Name() string }

type N struct{ n string }

func (x N) Name() string { return x.n }

func call(f func() string) string { return f() }

func main() {
	n := N{"a"}
	println(call(n.Name))
	var s S = N{"b"}
	println(call(s.Name))
}
