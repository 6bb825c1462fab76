// An inventory: products in a map keyed by SKU, orders as slices of line
// structs, stock updates through pointers, and a report sorted by SKU.
package main

import "fmt"

type Product struct {
	SKU   string
	Name  string
	Price int // cents
	Stock int
}

type Line struct {
	SKU string
	Qty int
}

type Order struct {
	ID    int
	Lines []Line
}

type Store struct {
	products map[string]*Product
	revenue  int
	rejected []int
}

func (s *Store) Add(p Product) { s.products[p.SKU] = &p }

func (s *Store) Fulfil(o Order) bool {
	for _, l := range o.Lines {
		p, ok := s.products[l.SKU]
		if !ok || p.Stock < l.Qty {
			s.rejected = append(s.rejected, o.ID)
			return false
		}
	}
	for _, l := range o.Lines {
		p := s.products[l.SKU]
		p.Stock -= l.Qty
		s.revenue += p.Price * l.Qty
	}
	return true
}

func (s *Store) Report() {
	var skus []string
	for k := range s.products {
		skus = append(skus, k)
	}
	for i := 1; i < len(skus); i++ {
		for j := i; j > 0 && skus[j] < skus[j-1]; j-- {
			skus[j], skus[j-1] = skus[j-1], skus[j]
		}
	}
	for _, k := range skus {
		p := s.products[k]
		fmt.Printf("%-4s %-8s %3d.%02d %3d\n", p.SKU, p.Name, p.Price/100, p.Price%100, p.Stock)
	}
	fmt.Printf("revenue %d.%02d rejected %v\n", s.revenue/100, s.revenue%100, s.rejected)
}

func main() {
	s := &Store{products: map[string]*Product{}}
	s.Add(Product{"B2", "bolt", 25, 100})
	s.Add(Product{"A1", "anchor", 1999, 3})
	s.Add(Product{"C3", "clamp", 450, 10})
	orders := []Order{
		{1, []Line{{"A1", 1}, {"B2", 10}}},
		{2, []Line{{"A1", 5}}},
		{3, []Line{{"C3", 10}, {"B2", 90}}},
		{4, []Line{{"Z9", 1}}},
		{5, []Line{{"B2", 1}}},
	}
	for _, o := range orders {
		fmt.Println("order", o.ID, s.Fulfil(o))
	}
	s.Report()
	fmt.Println(*s.products["B2"])
}
