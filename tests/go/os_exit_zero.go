// os.Exit(0) in a nested call stops the program successfully.
package main

import (
	"fmt"
	"os"
)

func deep(n int) {
	if n == 0 {
		fmt.Println("bottom reached, exiting")
		os.Exit(0)
	}
	deep(n - 1)
	fmt.Println("unwinding", n)
}

func main() {
	deep(50)
	fmt.Println("not reached")
}
