package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := make([]byte, 5, 10)
	copy(s, "a,b,c")
	p := bytes.Split(s, []byte(","))
	fmt.Println(len(p), cap(p[0]), cap(p[2]))
	f := bytes.Fields(append(make([]byte, 0, 20), " x y "...))
	fmt.Println(cap(f[0]), cap(f[1]))
}
