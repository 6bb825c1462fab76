package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriterSize(os.Stdout, 32)
	w.WriteString("0123456789")
	w.WriteString("0123456789")
	w.WriteString("0123456789")
	w.WriteString("abc\n") // overflows: the first 32 bytes reach stdout
	fmt.Println()
	fmt.Println("buffered:", w.Buffered())
	w.WriteString(strings.Repeat("-", 5))
	defer fmt.Println("deferred does not run")
	os.Exit(3)
}
