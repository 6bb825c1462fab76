// A stack and a FIFO queue built on slices, used to check balanced brackets
// and to evaluate a postfix expression, and a ring-free queue that drains.
package main

import "fmt"

type Stack struct{ items []rune }

func (s *Stack) Push(r rune) { s.items = append(s.items, r) }
func (s *Stack) Pop() (rune, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	r := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return r, true
}
func (s *Stack) Empty() bool { return len(s.items) == 0 }

type Queue struct{ items []string }

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Empty()
}

func postfix(tokens []string) int {
	var st []int
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, a := st[len(st)-1], st[len(st)-2]
			st = st[:len(st)-2]
			var r int
			switch t {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				r = a / b
			}
			st = append(st, r)
		default:
			n := 0
			for _, c := range t {
				n = n*10 + int(c-'0')
			}
			st = append(st, n)
		}
	}
	return st[0]
}

func main() {
	for _, s := range []string{"()", "([]{})", "(]", "((", "", "{[()()]}x", ")("} {
		fmt.Printf("%-10q %v\n", s, balanced(s))
	}
	fmt.Println(postfix([]string{"3", "4", "+", "2", "*"}))
	fmt.Println(postfix([]string{"100", "7", "3", "-", "/", "5", "*"}))

	var q Queue
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	first, _ := q.Dequeue()
	q.Enqueue("d")
	fmt.Print(first)
	for {
		s, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(" ", s)
	}
	fmt.Println(len(q.items))
}
