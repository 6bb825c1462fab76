// A full slice expression whose max exceeds the capacity: slice bounds out
// of range [::5] with capacity 3.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	m := 3
	fmt.Println(s[1:2:m])
	m = 5
	fmt.Println(s[1:2:m])
}
