package main

func main() {
	a := []int{1, 2, 3}
	b := make([]int, len(a))
	copy(b, a)
	c := append(a, b...)
	d := append([]int(nil), 4, 5)
	println(len(c), len(d))
	x := 1
	ps := []*int{&x}
	qs := make([]*int, 1)
	copy(qs, ps)
	println(*qs[0])
}
