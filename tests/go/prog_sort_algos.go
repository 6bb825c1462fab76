// Sorting slices by hand: insertion sort, quicksort (recursive on
// sub-slices), merge sort (allocating), and a generic-by-callback sort of
// structs; all checked against each other.
package main

import "fmt"

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func merge(a []int) []int {
	if len(a) < 2 {
		return a
	}
	l, r := merge(a[:len(a)/2]), merge(a[len(a)/2:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

type Person struct {
	Name string
	Age  int
}

func sortBy(ps []Person, less func(a, b *Person) bool) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(&ps[j], &ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	seed := uint32(12345)
	data := make([]int, 200)
	for i := range data {
		seed = seed*1103515245 + 12345
		data[i] = int(seed>>16) % 1000
	}
	a := append([]int(nil), data...)
	b := append([]int(nil), data...)
	insertion(a)
	quick(b)
	c := merge(data)
	fmt.Println(equal(a, b), equal(b, c), a[:10], a[190:])
	fmt.Println(data[:5])

	ps := []Person{{"eve", 30}, {"bob", 25}, {"amy", 30}, {"dan", 25}, {"cat", 41}}
	sortBy(ps, func(x, y *Person) bool { return x.Name < y.Name })
	fmt.Println(ps)
	sortBy(ps, func(x, y *Person) bool { return x.Age < y.Age }) // stable
	fmt.Println(ps)
}
