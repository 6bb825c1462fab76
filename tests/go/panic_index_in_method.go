// An index panic inside a method on a named slice type.
package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s Stack) Top() int    { return s[len(s)-1] }

func main() {
	var s Stack
	s.Push(7)
	fmt.Println(s.Top())
	s = s[:0]
	fmt.Println(s.Top())
}
