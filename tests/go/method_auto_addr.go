// Automatic & and * on method calls: pointer methods on addressable values
// (variables, slice and array elements, fields), value methods on pointers.
package main

import "fmt"

type T struct{ n int }

func (t *T) Inc()      { t.n++ }
func (t T) Get() int   { return t.n }
func (t *T) PGet() int { return t.n }

type Wrap struct {
	inner T
	arr   [2]T
}

func main() {
	var v T
	v.Inc() // (&v).Inc()
	v.Inc()
	fmt.Println(v.Get(), v.PGet())

	p := &v
	fmt.Println(p.Get()) // (*p).Get()
	p.Inc()
	fmt.Println(v.n)

	s := []T{{1}, {2}}
	s[0].Inc()
	s[1].Inc()
	s[1].Inc()
	fmt.Println(s)

	arr := [2]T{}
	arr[1].Inc()
	fmt.Println(arr)

	var w Wrap
	w.inner.Inc()
	w.arr[0].Inc()
	w.arr[0].Inc()
	fmt.Println(w.inner.Get(), w.arr[0].PGet())

	pw := &w
	pw.inner.Inc()
	pw.arr[1].Inc()
	fmt.Println(w.inner.n, w.arr[1].n)

	// Range value is a copy: Inc on it changes only the copy.
	for _, t := range s {
		t.Inc()
	}
	fmt.Println(s)
	for i := range s {
		s[i].Inc()
	}
	fmt.Println(s)

	pp := &p
	(*pp).Inc()
	fmt.Println(v.n)
}
