// An index panic raised inside a closure that captured the slice.
package main

import "fmt"

func main() {
	data := []int{10, 20, 30}
	at := func(i int) int { return data[i] }
	for i := 0; i < 5; i++ {
		fmt.Println(at(i))
	}
}
