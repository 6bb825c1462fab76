// The exit status is the low byte of the os.Exit argument, as on Linux.
package main

import (
	"fmt"
	"os"
)

func main() {
	code := 255 + 1 + 42
	fmt.Println("code", code)
	os.Exit(code)
}
