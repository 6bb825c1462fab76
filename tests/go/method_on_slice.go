// Methods on a named slice type: value receivers see the elements (shared)
// but not length changes; pointer receivers can append.
package main

import "fmt"

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l IntList) Len() int { return len(l) }

func (l IntList) DoubleAll() {
	for i := range l {
		l[i] *= 2
	}
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l *IntList) Pop() int {
	old := *l
	v := old[len(old)-1]
	*l = old[:len(old)-1]
	return v
}

func (l IntList) Filter(keep func(int) bool) IntList {
	var out IntList
	for _, v := range l {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	var l IntList
	fmt.Println(l.Len(), l.Sum(), l == nil)
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Len(), l.Sum())
	l.DoubleAll()
	fmt.Println(l)
	fmt.Println(l.Pop(), l)
	l.Push(10)
	odd := l.Filter(func(v int) bool { return v > 3 })
	fmt.Println(odd, odd.Sum())
	fmt.Println(IntList{5, 5}.Sum())
	fmt.Printf("%T %v\n", l, l)

	plain := []int(l)
	fmt.Println(len(plain), IntList(plain[:1]).Sum())
}
