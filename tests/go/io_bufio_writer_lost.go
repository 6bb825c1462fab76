package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Println("visible")
	fmt.Fprintln(w, "this line is lost: no Flush before main returns")
	fmt.Fprintln(os.Stderr, "stderr visible")
}
