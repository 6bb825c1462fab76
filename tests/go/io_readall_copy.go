package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	n, err := io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
	fmt.Println(n, err)
	var buf bytes.Buffer
	n, err = io.Copy(&buf, strings.NewReader(strings.Repeat("abc", 20000)))
	fmt.Println(n, err, buf.Len())
	data, err := io.ReadAll(&buf)
	fmt.Println(len(data), cap(data) >= len(data), err, buf.Len())
	small, _ := io.ReadAll(strings.NewReader("tiny"))
	fmt.Println(string(small), len(small), cap(small))
	empty, err := io.ReadAll(strings.NewReader(""))
	fmt.Println(len(empty), cap(empty), err, empty == nil)
	w := bufio.NewWriter(os.Stdout)
	io.WriteString(w, "through bufio\n")
	io.Copy(w, bytes.NewBufferString("buffer into bufio\n"))
	w.Flush()
	var sb strings.Builder
	io.Copy(&sb, strings.NewReader("into builder"))
	fmt.Println(sb.String(), sb.Len())
}
