// hello.go — the first program to run on vm:
//
//	build/vm examples/hello.go [name]
package main

import (
	"fmt"
	"os"
)

func greeting(name string) (string, int) {
	return "Hello, " + name + "!", len(name)
}

func main() {
	name := "Gopher"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	msg, n := greeting(name)
	fmt.Println(msg)
	fmt.Printf("%s has %d bytes; 6 * 7 = %d, pi ~ %.4f\n", name, n, 6*7, 355.0/113)
}
