package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "", b.Bytes() == nil)
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap())
	b.WriteByte(' ')
	b.Write([]byte("world"))
	b.WriteRune('!')
	b.WriteRune('ü')
	fmt.Println(b.String(), b.Len(), b.Cap())
	for i := 0; i < 10; i++ {
		b.WriteString("0123456789")
		fmt.Print(b.Cap(), " ")
	}
	fmt.Println()
	bs := b.Bytes()
	fmt.Println(len(bs), string(bs[:5]))
	b.Reset()
	fmt.Println(b.Len(), b.Cap())
	fmt.Fprintf(&b, "%d-%s", 42, "x")
	fmt.Println(b.String())
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	big := bytes.NewBuffer(make([]byte, 0, 1000))
	big.WriteString("abc")
	fmt.Println(big.Len(), big.Cap())
	bs2 := bytes.NewBufferString("seed")
	bs2.WriteString("ing")
	fmt.Println(bs2.String(), bs2.Len())
}
