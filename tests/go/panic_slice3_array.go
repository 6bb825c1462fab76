package main

import "fmt"

// A three-index slice of an array whose max exceeds the array's length:
// Go names the bound "length" (an array's capacity is its length).
func main() {
	var a [5]int
	i, j, k := 1, 2, 4
	fmt.Println(len(a[i:j:k]), cap(a[i:j:k]))
	k = 7
	fmt.Println(a[i:j:k])
}
