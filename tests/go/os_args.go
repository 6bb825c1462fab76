// os.Args: a []string whose first element is the program name and the rest
// the command-line arguments (from os_args.args); indexed, measured with
// len, and ranged over.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("argc:", len(os.Args))
	for i, a := range os.Args {
		if i == 0 {
			continue
		}
		fmt.Printf("arg %d: %q (%d bytes)\n", i, a, len(a))
	}
	first := os.Args[1]
	fmt.Println("first:", first, "last:", os.Args[len(os.Args)-1])
	total := 0
	for i, a := range os.Args {
		if i > 0 {
			total += len(a)
		}
	}
	fmt.Println("total bytes:", total)
	n := 0
	for i := range os.Args {
		n += i
	}
	fmt.Println("index sum:", n)
	s := os.Args[2]
	fmt.Println(s[1:], s[0] == 'w')
}
