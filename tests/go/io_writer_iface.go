package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func report(w io.Writer, title string, vals ...int) {
	fmt.Fprintf(w, "== %s ==\n", title)
	for i, v := range vals {
		fmt.Fprintf(w, "%d: %d\n", i, v)
	}
}

func describe(w io.Writer) string {
	switch v := w.(type) {
	case *os.File:
		return "file " + v.Name()
	case *bytes.Buffer:
		return fmt.Sprint("buffer len ", v.Len())
	case *strings.Builder:
		return fmt.Sprint("builder len ", v.Len())
	case *bufio.Writer:
		return fmt.Sprint("bufio buffered ", v.Buffered())
	}
	return "unknown"
}

func main() {
	var buf bytes.Buffer
	var sb strings.Builder
	bw := bufio.NewWriter(os.Stdout)
	writers := []io.Writer{os.Stdout, &buf, &sb, bw}
	for i, w := range writers {
		report(w, fmt.Sprint("writer ", i), i, i*i)
		fmt.Println(describe(w))
	}
	bw.Flush()
	fmt.Print(buf.String())
	fmt.Print(sb.String())
	var w io.Writer
	fmt.Println(w == nil)
	if _, ok := writers[1].(io.Reader); ok {
		fmt.Println("bytes.Buffer is also a Reader")
	}
	if _, ok := writers[2].(io.Reader); !ok {
		fmt.Println("strings.Builder is not a Reader")
	}
}
