package main

import "fmt"

type Stack struct{ items []interface{} }

func (s *Stack) Push(v interface{}) { s.items = append(s.items, v) }
func (s *Stack) Pop() (interface{}, bool) {
	if len(s.items) == 0 {
		return nil, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pusher interface{ Push(v interface{}) }
type Popper interface {
	Pop() (interface{}, bool)
}

func fill(p Pusher, n int) {
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			p.Push(i)
		} else {
			p.Push(fmt.Sprint("s", i))
		}
	}
}

func main() {
	s := &Stack{}
	fill(s, 7)
	var pp Popper = s
	sum := 0
	for {
		v, ok := pp.Pop()
		if !ok {
			break
		}
		switch x := v.(type) {
		case int:
			sum += x
		case string:
			fmt.Println("string", x)
		}
	}
	fmt.Println("sum", sum, len(s.items))
	seen := map[interface{}]bool{}
	for _, v := range []interface{}{1, "a", 1, 2, "a", 2.0, 2} {
		if seen[v] {
			fmt.Println("dup", v)
		}
		seen[v] = true
	}
	fmt.Println(len(seen))
}
