// Swapping through pointer parameters, for several element types, and
// rotating three values.
package main

import "fmt"

func swapInt(a, b *int) {
	*a, *b = *b, *a
}

func swapStr(a, b *string) {
	t := *a
	*a = *b
	*b = t
}

type V struct{ X, Y int }

func swapV(a, b *V) {
	*a, *b = *b, *a
}

func rotate(a, b, c *int) {
	*a, *b, *c = *b, *c, *a
}

func main() {
	x, y := 1, 2
	swapInt(&x, &y)
	fmt.Println(x, y)
	swapInt(&x, &x)
	fmt.Println(x)

	s, t := "s", "t"
	swapStr(&s, &t)
	fmt.Println(s, t)

	v, w := V{1, 2}, V{3, 4}
	swapV(&v, &w)
	fmt.Println(v, w)

	arr := []int{1, 2, 3}
	rotate(&arr[0], &arr[1], &arr[2])
	fmt.Println(arr)

	a := [2]int{5, 6}
	swapInt(&a[0], &a[1])
	fmt.Println(a)
}
