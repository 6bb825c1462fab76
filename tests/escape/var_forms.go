package main

type T struct{ p *int }

func main() {
	var a int
	var b, c = 1, 2
	var t T
	t.p = &a
	var u = T{&b}
	var w *T = &T{&c}
	println(*t.p, *u.p, *w.p)
}
