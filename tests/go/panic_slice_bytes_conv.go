// Slicing the []byte of a string past its capacity; the message carries the
// byte slice's capacity (not the string's length), so the string is long
// enough that Go's small-buffer optimisation cannot change it.
package main

import "fmt"

func main() {
	b := make([]byte, 0, 40)
	b = append(b, "0123456789012345678901234567890123456789"...)
	hi := len(b)
	fmt.Println(string(b[30:hi]))
	hi = 41
	fmt.Println(string(b[30:hi]))
}
