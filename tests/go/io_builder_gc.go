package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
)

type rec struct {
	b   *strings.Builder
	buf *bytes.Buffer
}

func main() {
	var keep []rec
	for i := 0; i < 200; i++ {
		r := rec{&strings.Builder{}, new(bytes.Buffer)}
		for j := 0; j < i%17+1; j++ {
			fmt.Fprintf(r.b, "%d,", j)
			r.buf.WriteString(strings.Repeat("q", j))
		}
		if i%3 == 0 {
			keep = append(keep, r)
		}
		if i%50 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	total := 0
	for _, r := range keep {
		total += r.b.Len() + r.buf.Len()
	}
	fmt.Println(len(keep), total)
	fmt.Println(keep[5].b.String(), keep[5].buf.Len())
}
