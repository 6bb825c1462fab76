// Slices passed to functions: element writes are shared, the header (len,
// cap) is a copy; returning the result of append is how callers see growth.
package main

import "fmt"

func zero(s []int) {
	for i := range s {
		s[i] = 0
	}
}

func grow(s []int) {
	s = append(s, 1)
}

func push(s []int, v int) []int {
	return append(s, v)
}

func reverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	a := []int{1, 2, 3, 4}
	zero(a[1:3])
	fmt.Println(a)

	grow(a)
	fmt.Println(len(a))

	a = push(a, 5)
	fmt.Println(a)

	w := []string{"one", "two", "three"}
	reverse(w)
	fmt.Println(w)
	reverse(w[:2])
	fmt.Println(w)
	reverse(nil)
	fmt.Println("ok")
}
