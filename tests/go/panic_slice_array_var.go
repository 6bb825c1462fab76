// Slicing an array beyond its length: arrays report "with length".
package main

import "fmt"

func main() {
	var a [4]int
	hi := 4
	fmt.Println(a[:hi])
	hi = 6
	fmt.Println(a[1:hi])
}
