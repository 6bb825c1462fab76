package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Name     string
	b        byte
	f        float32
}

func newPoint(x, y int) *Point { return &Point{x, y} }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func inc(p *int) { *p++ }

func main() {
	p := newPoint(1, 2)
	fmt.Println(p.X, p.Y, *p)
	p.X += 10
	q := *p
	q.Y = 7
	fmt.Println(p.X, p.Y, q.X, q.Y, q == *p, q != *p)
	r := Rect{Min: Point{1, 2}, Max: Point{3, 4}, Name: "r", b: 200, f: 1.5}
	rp := &r
	rp.Max.X = 30
	rp.b++
	fmt.Println(r.Min.X, r.Max.X, r.Name, r.b, r.f, rp.f*2)
	x := 5
	inc(&x)
	inc(&x)
	fmt.Println(x)
	var a [5]int
	for i := 0; i < len(a); i++ {
		a[i] = i * i
	}
	b := a
	b[2] = 100
	fmt.Println(a[2], b[2], a == b, len(a))
	s := []int{1, 2, 3}
	s = append(s, 4, 5)
	fmt.Println(len(s), cap(s), s[4], sum(s...), sum(1, 2, 3))
	t := make([]string, 2, 10)
	t[1] = "hi"
	t = append(t, "x")
	fmt.Println(len(t), cap(t), t[1], t[2])
	bs := []byte("hello")
	bs[0] = 'j'
	fmt.Println(string(bs), len(bs), cap(bs))
	rs := []rune("héllo")
	fmt.Println(len(rs), string(rs[1]), string(rs))
	n := copy(bs, "xy")
	fmt.Println(n, string(bs))
	pp := new(Point)
	pp.Y = 3
	fmt.Println(*pp, pp.Y)
	arr := [3]Point{{1, 2}, {3, 4}}
	for i, v := range arr {
		fmt.Println(i, v.X, v.Y)
	}
	sl := a[1:3]
	sl[0] = 99
	fmt.Println(a[1], len(sl), cap(sl))
	ps := []*Point{{1, 1}, {2, 2}}
	fmt.Println(ps[1].X, len(ps))
	var np *Point
	fmt.Println(np == nil, p != nil)
}
