// os.Exit(1) is an ordinary exit status, not a compile error, even with
// only stderr output before it.
package main

import "os"

func main() {
	println("fatal: something went wrong")
	os.Exit(1)
}
