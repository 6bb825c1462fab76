package main

import "fmt"

func main() {
	x := []int{10, 20, 30}
	i := 0
	i, x[i] = 1, 99
	fmt.Println(i, x)
	p := &x[2]
	q := &x[0]
	p, *p = q, 7
	fmt.Println(x, *p)
	m := map[int]int{}
	k := 1
	k, m[k] = 2, 5
	fmt.Println(k, m)
	y := []int{0, 0, 0}
	j := 0
	for j, y[j] = range []int{10, 20, 30} {
	}
	fmt.Println(j, y)
	var arr [3]rune
	n := 0
	for n, arr[n] = range "abc" {
	}
	fmt.Println(n, arr)
	a, b := []int{1, 2}, 0
	b, a[b] = func() (int, int) { return 1, 42 }()
	fmt.Println(b, a)
}

func init() {
	src := map[string]int{"a": 1}
	dst := map[string]int{}
	key := "old"
	for key, dst[key] = range src {
	}
	fmt.Println(key, dst)
	type pt struct{ x, y int }
	var p pt
	ps := []*pt{&p, {}}
	idx := 0
	idx, ps[idx].x = 1, 5
	fmt.Println(idx, p.x, ps[1].x)
	var iface interface{}
	arr := []interface{}{nil, nil}
	z := 0
	z, arr[z], iface = 1, 3, "s"
	fmt.Println(z, arr, iface)
}
