package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	n, err := os.Stdout.Write([]byte("raw bytes\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("string\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprintf(os.Stdout, "%s|%5d|\n", "fmt", 7)
	os.Stderr.WriteString("stderr direct\n")
	var w io.Writer = os.Stdout
	fmt.Fprint(w, "through io.Writer\n")
	n, err = io.WriteString(os.Stderr, "io.WriteString\n")
	fmt.Println(n, err)
	fmt.Println(w == os.Stdout, w == io.Writer(os.Stderr))
	fmt.Printf("%T %T\n", w, os.Stdin)
}
