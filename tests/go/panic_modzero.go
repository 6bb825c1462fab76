// The remainder by zero is the same run-time error as division, for every
// integer type.
package main

import "fmt"

func main() {
	var a, b uint8 = 7, 0
	fmt.Println("start")
	fmt.Println(a % b)
}
