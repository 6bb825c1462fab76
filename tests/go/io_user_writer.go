package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type counter struct {
	bytes, calls int
	lines        []string
}

func (c *counter) Write(p []byte) (int, error) {
	c.calls++
	c.bytes += len(p)
	c.lines = append(c.lines, strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type failing struct{ after int }

func (f *failing) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errors.New("disk full")
	}
	f.after--
	return len(p), nil
}

func deep(n int, w io.Writer) {
	var pad [64]int
	pad[n%64] = n
	if n > 0 {
		deep(n-1, w)
		return
	}
	fmt.Fprintf(w, "deep %d\n", pad[0])
}

func main() {
	c := &counter{}
	fmt.Fprintf(c, "hello %d\n", 1)
	fmt.Fprintln(c, "second", 2.5)
	fmt.Fprint(c, "third")
	fmt.Println(c.calls, c.bytes, c.lines)
	u := upper{os.Stdout}
	fmt.Fprintln(u, "shouted", true)
	io.WriteString(u, "io.writestring\n")
	bw := bufio.NewWriterSize(c, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(bw, "line %d;", i)
	}
	bw.Flush()
	fmt.Println(c.calls, c.lines[3:])
	f := &failing{after: 1}
	n, err := fmt.Fprintln(f, "ok")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(f, "fails")
	fmt.Println(n, err)
	fw := bufio.NewWriterSize(f, 8)
	n, err = fw.WriteString("0123456789abc")
	fmt.Println(n, err, fw.Flush())
	deep(200, upper{os.Stdout})
	var sb strings.Builder
	m, err := io.Copy(u, strings.NewReader("copied through a Go writer\n"))
	fmt.Println(m, err, sb.Len())
}
