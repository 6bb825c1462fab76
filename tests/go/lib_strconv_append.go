package main

import (
	"fmt"
	"strconv"
)

func main() {
	var b []byte
	for base := 2; base <= 36; base += 7 {
		b = strconv.AppendInt(b, -123456789, base)
		b = append(b, ' ')
		fmt.Println(len(b), cap(b))
	}
	fmt.Println(string(b))
	buf := make([]byte, 0, 64)
	out := strconv.AppendInt(buf, 42, 10)
	fmt.Println(string(out), len(out), cap(out), &buf[:1][0] == &out[0])
	q := strconv.AppendQuote(nil, "tab\there")
	fmt.Println(string(q), len(q), cap(q))
	q = strconv.AppendQuote(q, "\u263a\xff")
	fmt.Println(string(q), len(q), cap(q))
}
