// A program mixing everyday Go (maps of pointers, methods, closures,
// goroutines, type switches): its output and every escape decision are Go's.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Op func(a, b int) (int, error)

type Calc struct {
	ops   map[string]Op
	trace func(string)
	hist  []*entry
}

type entry struct {
	op     string
	a, b   int
	result int
}

var errDiv = errors.New("division by zero")

func newCalc(trace func(string)) *Calc {
	c := &Calc{ops: map[string]Op{}, trace: trace}
	c.ops["+"] = func(a, b int) (int, error) { return a + b, nil }
	c.ops["/"] = func(a, b int) (int, error) {
		if b == 0 {
			return 0, errDiv
		}
		return a / b, nil
	}
	return c
}

func (c *Calc) Do(op string, a, b int) (r int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	f, ok := c.ops[op]
	if !ok {
		panic("unknown op " + op)
	}
	r, err = f(a, b)
	if err == nil {
		e := &entry{op, a, b, r}
		c.hist = append(c.hist, e)
		c.trace(fmt.Sprint(e.op, e.result))
	}
	return
}

func classify(vs ...interface{}) []string {
	var out []string
	for _, v := range vs {
		switch x := v.(type) {
		case int:
			out = append(out, fmt.Sprintf("int %d", x))
		case string:
			out = append(out, "string "+x)
		case error:
			out = append(out, "error "+x.Error())
		case nil:
			out = append(out, "nil")
		default:
			out = append(out, fmt.Sprintf("%T", x))
		}
	}
	return out
}

func split2(s string) (head, tail *string) {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return &s, nil
	}
	h, t := s[:i], s[i+1:]
	return &h, &t
}

func producer(n int) <-chan *entry {
	ch := make(chan *entry)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- &entry{op: "gen", a: i}
		}
	}()
	return ch
}

func main() {
	var lines []string
	c := newCalc(func(s string) { lines = append(lines, s) })
	fmt.Println(c.Do("+", 1, 2))
	fmt.Println(c.Do("/", 1, 0))
	fmt.Println(c.Do("%", 1, 0))
	fmt.Println(lines, len(c.hist))
	fmt.Println(classify(1, "x", errDiv, nil, 2.5))
	h, t := split2("hello world")
	fmt.Println(*h, *t)
	sum := 0
	for e := range producer(4) {
		sum += e.a
	}
	fmt.Println(sum)
	grid := [3][3]int{}
outer:
	for i := range grid {
		for j := range grid[i] {
			if i*j > 2 {
				break outer
			}
			grid[i][j] = i + j
		}
	}
	fmt.Println(grid)
	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)
	sel := make(chan int, 1)
	quit := make(chan struct{})
	sel <- 5
	select {
	case v := <-sel:
		fmt.Println("got", v)
	case <-quit:
	}
}
