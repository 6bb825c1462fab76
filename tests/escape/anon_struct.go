package main

func main() {
	p := &struct{ a, b int }{1, 2}
	q := struct{ s []int }{s: []int{1}}
	println(p.a+p.b, len(q.s))
}
