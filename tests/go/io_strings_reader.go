package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo")
	fmt.Println(r.Len(), r.Size())
	fmt.Println(r.UnreadByte())
	fmt.Println(r.UnreadRune())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.Len())
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadByte(), r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(r.UnreadRune(), r.Len())
	buf := make([]byte, 3)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	_, _, err = r.ReadRune()
	fmt.Println(err, r.Len(), r.Size())
	var rd io.Reader = strings.NewReader("via interface")
	all, err := io.ReadAll(rd)
	fmt.Println(string(all), err)
}
