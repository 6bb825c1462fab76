package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type multiSorter struct {
	people []Person
	swaps  int
}

func (m *multiSorter) Len() int { return len(m.people) }
func (m *multiSorter) Less(i, j int) bool {
	p, q := m.people[i], m.people[j]
	if p.Age != q.Age {
		return p.Age > q.Age
	}
	return p.Name < q.Name
}
func (m *multiSorter) Swap(i, j int) {
	m.swaps++
	m.people[i], m.people[j] = m.people[j], m.people[i]
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30}, {"Frank", 20}, {"Grace", 35}, {"Heidi", 25}, {"Ivan", 30}, {"Judy", 20}, {"Ken", 40}, {"Leo", 25}, {"Mia", 30}, {"Ned", 35}}
	a := append([]Person(nil), people...)
	sort.Sort(ByAge(a))
	fmt.Println(a)
	b := append([]Person(nil), people...)
	sort.Stable(ByAge(b))
	fmt.Println(b)
	c := append([]Person(nil), people...)
	sort.Sort(sort.Reverse(ByAge(c)))
	fmt.Println(c, sort.IsSorted(sort.Reverse(ByAge(c))), sort.IsSorted(ByAge(c)))
	m := &multiSorter{people: append([]Person(nil), people...)}
	sort.Sort(m)
	fmt.Println(m.people, m.swaps)
	m2 := &multiSorter{people: append([]Person(nil), people...)}
	sort.Stable(m2)
	fmt.Println(m2.people, m2.swaps)
	r := sort.Reverse(ByAge(people))
	fmt.Println(r.Len(), r.Less(0, 1), r.Less(1, 0))
	fmt.Printf("%T\n", r)
	var nilIface sort.Interface
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Sort(nilIface)
}
