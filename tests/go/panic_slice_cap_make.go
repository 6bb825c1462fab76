// Reslicing within capacity is fine; one past capacity panics with the
// capacity in the message.
package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	hi := 4
	fmt.Println(len(s[:hi]))
	hi++
	fmt.Println(len(s[:hi]))
}
