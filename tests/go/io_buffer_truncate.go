package main

import (
	"bytes"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	var b bytes.Buffer
	b.WriteString("0123456789")
	b.Truncate(4)
	fmt.Println(b.String(), b.Len(), b.Cap())
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	b.Next(2)
	b.Truncate(1)
	fmt.Println(b.String())
	b.Truncate(0)
	fmt.Println(b.Len(), b.Cap())
	try("trunc", func() { b.Truncate(5) })
	try("trunc-neg", func() { b.Truncate(-1) })
	try("grow-neg", func() { b.Grow(-1) })
	var c bytes.Buffer
	c.Grow(10)
	fmt.Println(c.Len(), c.Cap())
	c.Grow(100)
	fmt.Println(c.Len(), c.Cap())
	for i := 0; i < 300; i++ {
		c.WriteByte(byte('a' + i%26))
		if i%50 == 0 {
			c.Next(20)
		}
	}
	fmt.Println(c.Len(), c.Cap())
}
