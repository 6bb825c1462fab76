package main

import (
	"fmt"
	"strings"
)

type row struct {
	name  string
	qty   int
	price float64
}

func table(rows []row) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %5s %8s\n", "item", "qty", "price")
	b.WriteString(strings.Repeat("-", 25))
	b.WriteByte('\n')
	total := 0.0
	for _, r := range rows {
		fmt.Fprintf(&b, "%-10s %5d %8.2f\n", r.name, r.qty, r.price)
		total += float64(r.qty) * r.price
	}
	fmt.Fprintln(&b, "total", total)
	fmt.Fprint(&b, "end", 1, 2, "x", "y")
	return b.String()
}

func main() {
	s := table([]row{{"apple", 3, 0.5}, {"pear", 10, 0.25}, {"melon", 1, 3.99}})
	fmt.Println(s)
	fmt.Println(len(s))
	n, err := fmt.Fprintf(&strings.Builder{}, "%d%d", 12, 345)
	fmt.Println(n, err)
}
