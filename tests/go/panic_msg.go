// panic with a string value, from a nested call: the message is printed as
// is, then the goroutine trace; exit status 2.
package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic("n is too big: " + fmt.Sprint(n))
	}
	fmt.Println("n ok:", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
