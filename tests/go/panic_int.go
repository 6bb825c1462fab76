// panic with an integer value prints the value as print would.
package main

import "fmt"

func main() {
	fmt.Println("about to panic")
	panic(42)
}
