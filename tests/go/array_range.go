// for range over arrays: index and value, index only, neither; ranging over
// an array ranges over a copy, ranging over a pointer to it does not.
package main

import "fmt"

func main() {
	a := [5]int{10, 20, 30, 40, 50}
	for i, v := range a {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	for i := range a {
		a[i] += i
	}
	fmt.Println(a)

	count := 0
	for range a {
		count++
	}
	fmt.Println("count", count)

	// The range expression is evaluated once, as a copy of the array:
	// writes to a during the loop are not seen by v.
	b := [3]int{1, 2, 3}
	for i, v := range b {
		if i == 0 {
			b[1] = 100
			b[2] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println(b)

	// Over a pointer to the array there is no copy.
	c := [3]int{1, 2, 3}
	for i, v := range &c {
		if i == 0 {
			c[1] = 100
			c[2] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println(c)

	// The value variable is a copy of the element.
	d := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range d {
		row[0] = 0
	}
	fmt.Println(d)

	var last int
	for last = range [4]string{} {
	}
	fmt.Println("last index", last)
}
