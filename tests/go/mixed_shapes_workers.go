// A program mixing everyday Go (maps of pointers, methods, closures,
// goroutines, type switches): its output and every escape decision are Go's.
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3.14159 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(f)
	f(n.Val)
	n.Right.Walk(f)
}


func total(shapes []Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func worker(id int, jobs <-chan string, c *counter, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		c.inc(strings.ToUpper(j))
	}
	_ = id
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Rect{W: 1, H: 1}}
	a, p := total(shapes)
	fmt.Printf("%.2f %.2f\n", a, p)
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4} {
		root = root.Insert(v)
	}
	var out []int
	root.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out)
	c := &counter{m: map[string]int{}}
	jobs := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, jobs, c, &wg)
	}
	for _, w := range strings.Fields("a b a c b a") {
		jobs <- w
	}
	close(jobs)
	wg.Wait()
	fmt.Println(c.m["A"], c.m["B"], c.m["C"])
	buf := make([]byte, 0, 64)
	for i := 0; i < 3; i++ {
		buf = append(buf, byte('x'+i))
	}
	fmt.Fprintln(os.Stderr, string(buf))
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	m := make(map[string]*pair)
	for i := range ps {
		m[ps[i].k] = &ps[i]
	}
	fmt.Println(m["b"].v, len(m))
}
