package main

import (
	"fmt"
	"math"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func describe(d sort.Interface) string {
	return fmt.Sprintf("%T len=%d sorted=%v", d, d.Len(), sort.IsSorted(d))
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.IntSlice(xs))
	fmt.Println(xs, sort.IntSlice(xs).Search(8), sort.IntSlice(xs).Search(4))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	s := sort.StringSlice{"pear", "apple", "fig", "kiwi"}
	fmt.Println(describe(s))
	s.Sort()
	fmt.Println(s, s.Len(), s.Search("fig"), s.Search("zzz"), s.Less(0, 1), s.Less(1, 0))
	s.Swap(0, 3)
	fmt.Println(s)
	f := sort.Float64Slice{2.5, math.NaN(), -1, math.Inf(1), 3}
	sort.Stable(f)
	fmt.Println(f, sort.IsSorted(f), f.Search(2.5))
	f.Sort()
	fmt.Println(f)
	var iface sort.Interface = sort.IntSlice{3, 1, 2}
	iface.Swap(0, 2)
	fmt.Println(iface, iface.Len(), iface.Less(0, 1), describe(iface))
	lenOf := iface.Len // an interface's method value
	fmt.Println(lenOf())
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words, describe(words))
	ys := sort.IntSlice{4, 4, 1}
	sort.Sort(sort.Reverse(ys))
	fmt.Println(ys, sort.SearchInts(ys, 4))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.IntSlice{1}.Less(0, 3)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var d sort.Interface = sort.StringSlice{"a"}
		d.Swap(-1, 0)
	}()
}
