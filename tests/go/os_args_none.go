// Without arguments os.Args holds only the program name.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	if len(os.Args) > 0 && len(os.Args[0]) > 0 {
		fmt.Println("program name present")
	}
	for i := range os.Args {
		fmt.Println("index", i)
	}
}
