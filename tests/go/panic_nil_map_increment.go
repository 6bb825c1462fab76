// m[k]++ on a nil map is also an assignment.
package main

import "fmt"

type Counter struct {
	counts map[string]int
}

func (c *Counter) Add(k string) { c.counts[k]++ }

func main() {
	c := &Counter{}
	fmt.Println(c.counts == nil)
	c.Add("x")
}
