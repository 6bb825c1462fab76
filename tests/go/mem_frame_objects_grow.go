// Objects escape analysis keeps in the frame (the array a, the Point, the
// make and the ... arguments) stay valid while deep recursion grows and
// moves the goroutine stack under them.
package main

import "fmt"

type Point struct{ X, Y int }

func fill(p *[16]int, depth int) int {
	if depth == 0 {
		for i := range p {
			p[i] = i * i
		}
		return 0
	}
	return fill(p, depth-1) + 1
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func walk(q *Point, depth int) int {
	if depth == 0 {
		return q.X + q.Y
	}
	return walk(q, depth-1)
}

func main() {
	var a [16]int
	n := fill(&a, 200)
	fmt.Println(n, a[3], a[15])
	q := &Point{3, 4}
	r := q
	fmt.Println(walk(q, 300), r.X, r.Y)
	s := make([]int, 0, 8)
	for i := 0; i < 20; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s), s[19], sum(1, 2, 3, 4))
	for i := 0; i < 3; i++ {
		p := new(Point)
		p.X += i
		fmt.Println(*p, walk(p, 50))
	}
}
