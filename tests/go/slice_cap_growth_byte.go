// append growth for []byte (1-byte elements: the size classes show directly),
// one element at a time and by appending strings.
package main

import "fmt"

func main() {
	var b []byte
	last := -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			fmt.Println("len", len(b), "cap", cap(b))
			last = cap(b)
		}
	}

	var c []byte
	for i := 0; i < 12; i++ {
		c = append(c, "abcde"...)
		fmt.Print(len(c), "/", cap(c), " ")
	}
	fmt.Println()

	d := []byte("hi")
	fmt.Println(len(d), cap(d) >= 2)
	d = append(d, '!')
	fmt.Println(len(d), string(d))
}
