// A program mixing everyday Go (maps of pointers, methods, closures,
// goroutines, type switches): its output and every escape decision are Go's.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(name string, price float64, tags ...string) error {
	if _, ok := inv.items[name]; ok {
		return fmt.Errorf("duplicate item %q", name)
	}
	inv.items[name] = &Item{Name: name, Price: price, Tags: tags}
	inv.log = append(inv.log, "add "+name)
	return nil
}

var ErrNotFound = errors.New("not found")

func (inv *Inventory) Get(name string) (*Item, error) {
	it, ok := inv.items[name]
	if !ok {
		return nil, ErrNotFound
	}
	return it, nil
}

func (inv *Inventory) Sorted() []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

type byPrice []*Item

func (b byPrice) Len() int           { return len(b) }
func (b byPrice) Less(i, j int) bool { return b[i].Price < b[j].Price }
func (b byPrice) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func summarize(items []*Item) string {
	var sb strings.Builder
	for i, it := range items {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(it.Name)
		sb.WriteByte('=')
		sb.WriteString(strconv.FormatFloat(it.Price, 'f', 2, 64))
	}
	return sb.String()
}

type Visitor func(*Item) bool

func walk(items []*Item, v Visitor) int {
	n := 0
	for _, it := range items {
		if v(it) {
			n++
		}
	}
	return n
}

func main() {
	inv := NewInventory()
	for i, name := range []string{"pear", "apple", "fig"} {
		if err := inv.Add(name, float64(i)+0.5, "fruit"); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(inv.Add("fig", 1))
	if _, err := inv.Get("kiwi"); errors.Is(err, ErrNotFound) {
		fmt.Println("kiwi:", err)
	}
	items := inv.Sorted()
	fmt.Println(summarize(items))
	sort.Sort(byPrice(items))
	fmt.Println(summarize(items))
	cheap := 0.0
	n := walk(items, func(it *Item) bool {
		if it.Price < 1 {
			cheap += it.Price
			return true
		}
		return false
	})
	fmt.Println(n, cheap, len(inv.log))
	counts := map[string]int{}
	for _, it := range items {
		for _, t := range it.Tags {
			counts[t]++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	fmt.Println(keys, counts)
	var x interface{} = items[0]
	if it, ok := x.(*Item); ok {
		fmt.Printf("%s %.1f\n", it.Name, it.Price)
	}
	parts := strings.Split("a,b,c", ",")
	fmt.Println(strings.Join(parts, "+"), len(parts))
}
