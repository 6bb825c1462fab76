// len and cap of arrays are constants; [...] literals count their elements
// and keyed literals size the array by the largest index.
package main

import "fmt"

const n = len([5]int{})

var global [n * 2]byte

func main() {
	a := [...]int{1, 2, 3}
	b := [...]string{4: "e", 1: "b"}
	c := [10]int{2: 7, 8}
	fmt.Println(len(a), cap(a), a)
	fmt.Println(len(b), b)
	fmt.Printf("%q\n", b)
	fmt.Println(len(c), c)
	fmt.Println(n, len(global))

	var p *[7]int
	fmt.Println(len(p), cap(p)) // no dereference needed

	var big [1000]int
	fmt.Println(len(big), big[999])

	var empty [0]string
	fmt.Println(len(empty), empty)

	arr2 := [...][2]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(len(arr2), len(arr2[0]), arr2)
}
