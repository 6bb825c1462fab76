package main

import (
	"bufio"
	"bytes"
	"fmt"
)

func main() {
	var dst bytes.Buffer
	w := bufio.NewWriterSize(&dst, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	for _, r := range "ab€cdéfgh世" {
		n, err := w.WriteRune(r)
		fmt.Println(string(r), n, err, w.Buffered(), dst.Len())
	}
	w.WriteByte('!')
	fmt.Println(w.Buffered(), dst.String())
	w.Flush()
	fmt.Println(w.Buffered(), dst.String())
	w2 := bufio.NewWriterSize(w, 4)
	fmt.Println(w2 == w, w2.Size())
	w3 := bufio.NewWriterSize(&dst, 0)
	fmt.Println(w3.Size())
	n, err := w.Write(nil)
	fmt.Println(n, err)
}
