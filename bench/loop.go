// loop.go — a tight integer loop: measures instruction dispatch on
// arithmetic, comparison and branch. Twin of loop.lua.
package main

import "fmt"

func main() {
	n := 100000000
	sum := 0
	for i := 0; i < n; i++ {
		sum = (sum + i*i) % 1000000007
	}
	fmt.Println(sum)
}
