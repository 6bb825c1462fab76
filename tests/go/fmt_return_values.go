// fmt.Print, Println and Printf return the number of bytes written (and a
// nil error).
package main

import "fmt"

func main() {
	n, err := fmt.Println("counted")
	fmt.Println(n, err == nil)
	n, _ = fmt.Print("abc", 1, 2, "\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%d-%s\n", 42, "é")
	fmt.Println(n)
	m, _ := fmt.Printf("")
	fmt.Println(m)
}
