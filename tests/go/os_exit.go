// os.Exit ends the program at once with the given status; output written
// before it (stdout and stderr) is kept, nothing after it runs.
package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	fmt.Println("exiting with", code)
	println("stderr before exit")
	os.Exit(code)
	fmt.Println("not reached")
}

func main() {
	fmt.Print("partial line without newline; ")
	for i := 0; i < 10; i++ {
		if i == 3 {
			finish(i)
		}
		fmt.Println("i =", i)
	}
	fmt.Println("not reached either")
}
