package main

import (
	"bytes"
	"fmt"
)

func show(v [][]byte) {
	fmt.Printf("%q len=%d cap=%d nil=%v\n", v, len(v), cap(v), v == nil)
	for _, x := range v {
		fmt.Print(len(x), ":", cap(x), " ")
	}
	fmt.Println()
}

func main() {
	show(bytes.Split([]byte("a,b,c"), []byte(",")))
	show(bytes.Split([]byte("a man a plan a canal panama"), []byte("a ")))
	show(bytes.Split([]byte(" xyz "), nil))
	show(bytes.Split(nil, []byte(",")))
	show(bytes.Split([]byte("a\xffb"), []byte{}))
	show(bytes.Fields([]byte("  foo bar  baz   ")))
	show(bytes.Fields([]byte("   ")))
	show(bytes.Fields([]byte("a\u2000b")))
	j := bytes.Join([][]byte{[]byte("foo"), []byte("bar"), []byte("baz")}, []byte(", "))
	fmt.Printf("%s %d %d\n", j, len(j), cap(j))
	j = bytes.Join(nil, []byte(", "))
	fmt.Println(j == nil, len(j), cap(j))
	j = bytes.Join([][]byte{[]byte("hello")}, []byte(", "))
	fmt.Printf("%s %d %d\n", j, len(j), cap(j))
	src := []byte("x,y")
	parts := bytes.Split(src, []byte(","))
	parts[0][0] = 'X'
	fmt.Printf("%s\n", src)
}
