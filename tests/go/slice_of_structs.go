// Slices of structs: updating through an index, the range value is a copy,
// pointers to elements, appending and sorting by a field.
package main

import "fmt"

type Item struct {
	Name  string
	Price int
	Qty   int
}

func total(items []Item) int {
	t := 0
	for _, it := range items {
		t += it.Price * it.Qty
	}
	return t
}

func main() {
	items := []Item{
		{"apple", 3, 4},
		{"pear", 5, 1},
		{Name: "plum", Price: 2},
	}
	fmt.Println(total(items))

	for _, it := range items {
		it.Qty = 100 // copy
	}
	fmt.Println(items[0].Qty)

	for i := range items {
		items[i].Qty++
	}
	fmt.Println(items)

	p := &items[2]
	p.Price = 10
	fmt.Println(items[2], total(items))

	items = append(items, Item{"fig", 1, 1})
	// Insertion sort by price.
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && items[j].Price < items[j-1].Price; j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
	for _, it := range items {
		fmt.Printf("%-6s %3d %2d\n", it.Name, it.Price, it.Qty)
	}
}
