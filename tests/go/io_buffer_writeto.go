package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	b := bytes.NewBuffer([]byte("start:"))
	for i := 0; i < 3; i++ {
		fmt.Fprintf(b, " %d", i)
	}
	b.WriteString("\n")
	n, err := b.WriteTo(os.Stdout)
	fmt.Println(n, err, b.Len())
	var dst bytes.Buffer
	src := bytes.NewBufferString("copied text")
	m, err := src.WriteTo(&dst)
	fmt.Println(m, err, dst.String(), src.Len())
}
