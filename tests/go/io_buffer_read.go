package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	b := bytes.NewBufferString("alpha\nbeta\ngamma")
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	b = bytes.NewBufferString("héllo")
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err)
	r, size, err = b.ReadRune()
	fmt.Println(r, size, err)
	fmt.Println(b.UnreadRune())
	fmt.Println(b.UnreadRune())
	c, err := b.ReadByte()
	fmt.Println(c, err)
	fmt.Println(b.UnreadByte())
	fmt.Println(b.UnreadByte())
	fmt.Println(string(b.Next(3)), b.Len())
	p := make([]byte, 10)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p[:n]))
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	_, err = b.ReadByte()
	fmt.Println(err)
	_, _, err = b.ReadRune()
	fmt.Println(err)
	b.WriteString("x,y,z")
	line, err := b.ReadBytes(',')
	fmt.Println(string(line), err, len(line), cap(line))
	fmt.Println(string(b.Next(100)))
}
