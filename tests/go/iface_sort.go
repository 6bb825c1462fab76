package main

import "fmt"

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface) {
	n := data.Len()
	for i := 1; i < n; i++ {
		for j := i; j > 0 && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

type byAge []Person
type Person struct {
	Name string
	Age  int
}

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] > x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type reverse struct{ Interface }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 20}}
	Sort(byAge(people))
	for _, p := range people {
		fmt.Println(p.Name, p.Age)
	}
	xs := Ints{5, 2, 8, 1, 9, 3}
	Sort(xs)
	fmt.Println(xs)
}
