// A byte order mark at the very start of the file is ignored.
package main

import "fmt"

func main() {
	fmt.Println("bom ok")
}
