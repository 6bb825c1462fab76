package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	nan := math.NaN()
	fs := []float64{3, nan, -1, math.Inf(1), 0, math.Copysign(0, -1), nan, 2.5, math.Inf(-1), -0.5, 1e300, 7, 7, -3, 0.25}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	fmt.Println(sort.SearchFloat64s(fs, 2.5), sort.SearchFloat64s(fs, math.Inf(1)))
	ss := []string{"pear", "apple", "", "Banana", "apple", "äpfel", "zebra", "Zed", "a", "ab", "abc", "b", "cherry", "date"}
	sort.Strings(ss)
	fmt.Printf("%q %v\n", ss, sort.StringsAreSorted(ss))
	is := make([]int, 0, 100)
	for i := 0; i < 100; i++ {
		is = append(is, (i*7919)%101-50)
	}
	sort.Ints(is)
	fmt.Println(is[:10], is[90:], sort.IntsAreSorted(is))
	sort.Sort(sort.Reverse(sortInts(is)))
	fmt.Println(is[:10], sort.IntsAreSorted(is))
	// already sorted, reverse sorted, all equal: pdqsort's special paths
	for _, xs := range [][]int{seq(60, 1), seq(60, -1), same(60)} {
		n := 0
		sort.Slice(xs, func(i, j int) bool { n++; return xs[i] < xs[j] })
		fmt.Println(xs[0], xs[59], n)
	}
}

type sortInts []int

func (s sortInts) Len() int           { return len(s) }
func (s sortInts) Less(i, j int) bool { return s[i] < s[j] }
func (s sortInts) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func seq(n, step int) []int {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = i * step
	}
	return xs
}

func same(n int) []int { return make([]int, n) }
