// Converting a slice to an array pointer whose length exceeds the slice's:
// cannot convert slice with length 3 to pointer to array with length 4.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[4]int)(s)
	p[0] = 10
	fmt.Println(s[0], len(p))
	t := s[:3]
	q := (*[4]int)(t)
	fmt.Println(q)
}
