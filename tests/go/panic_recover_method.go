package main

import "fmt"

type Stack struct{ data []int }

func (s *Stack) Pop() (v int, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = 0, false
		}
	}()
	v = s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, true
}

func main() {
	s := &Stack{[]int{1, 2}}
	for i := 0; i < 3; i++ {
		fmt.Println(s.Pop())
	}
}
