// Indexing os.Args past its end (no arguments given): index out of range
// [1] with length 1.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(os.Args[1])
}
