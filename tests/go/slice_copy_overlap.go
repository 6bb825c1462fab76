// copy between overlapping parts of one slice behaves like memmove in both
// directions.
package main

import "fmt"

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func main() {
	s := seq(8)
	n := copy(s[2:], s)
	fmt.Println(n, s)

	s = seq(8)
	n = copy(s, s[2:])
	fmt.Println(n, s)

	s = seq(8)
	n = copy(s[1:5], s[0:4])
	fmt.Println(n, s)

	s = seq(8)
	n = copy(s, s)
	fmt.Println(n, s)

	b := []byte("abcdefgh")
	copy(b[3:], b[:5])
	fmt.Println(string(b))
	b = []byte("abcdefgh")
	copy(b[:5], b[3:])
	fmt.Println(string(b))

	// Insert by shifting right: the classic idiom.
	s = seq(5)
	s = append(s, 0)
	copy(s[3:], s[2:])
	s[2] = 42
	fmt.Println(s)

	// Delete by shifting left.
	s = seq(5)
	s = s[:1+copy(s[1:], s[2:])]
	fmt.Println(s)
}
