package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Dept   string
	Name   string
	Salary int
	Age    int
}

type lessFunc func(a, b *Employee) bool

// OrderedBy: Go's "multi-key" sort example shape.
type multiSorter struct {
	emps []Employee
	less []lessFunc
}

func (ms *multiSorter) Sort(e []Employee) { ms.emps = e; sort.Sort(ms) }
func (ms *multiSorter) Len() int          { return len(ms.emps) }
func (ms *multiSorter) Swap(i, j int)     { ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.emps[i], &ms.emps[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func main() {
	var emps []Employee
	depts := []string{"eng", "ops", "sales"}
	for i := 0; i < 40; i++ {
		emps = append(emps, Employee{depts[i%3], fmt.Sprintf("e%02d", (i*17)%40), 1000 * (1 + i%5), 20 + (i*7)%30})
	}
	dept := func(a, b *Employee) bool { return a.Dept < b.Dept }
	salary := func(a, b *Employee) bool { return a.Salary > b.Salary }
	name := func(a, b *Employee) bool { return a.Name < b.Name }
	OrderedBy(dept, salary, name).Sort(emps)
	for _, e := range emps[:12] {
		fmt.Println(e)
	}
	// sort.Slice with a compound key, then SliceStable passes
	sort.Slice(emps, func(i, j int) bool {
		if emps[i].Age != emps[j].Age {
			return emps[i].Age < emps[j].Age
		}
		return emps[i].Name < emps[j].Name
	})
	fmt.Println(emps[:5])
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Salary < emps[j].Salary })
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Dept > emps[j].Dept })
	var names []string
	for _, e := range emps {
		names = append(names, e.Dept+"/"+fmt.Sprint(e.Salary)+"/"+e.Name)
	}
	fmt.Println(strings.Join(names, " "))
	// unstable sort on a key with many ties: the exact permutation Go leaves
	sort.Slice(emps, func(i, j int) bool { return emps[i].Salary < emps[j].Salary })
	names = names[:0]
	for _, e := range emps {
		names = append(names, e.Name)
	}
	fmt.Println(strings.Join(names, " "))
}
