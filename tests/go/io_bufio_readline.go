package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	src := "short\r\n" + strings.Repeat("L", 40) + "\nmid\n\nlast"
	r := bufio.NewReaderSize(strings.NewReader(src), 16)
	for {
		line, prefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("err:", err, line == nil)
			break
		}
		fmt.Printf("%q prefix=%v\n", line, prefix)
	}
	r2 := bufio.NewReaderSize(strings.NewReader(strings.Repeat("ab", 20)+"\nxy\n"), 16)
	s, err := r2.ReadString('\n')
	fmt.Println(len(s), err)
	b, err := r2.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	b, err = r2.ReadBytes('\n')
	fmt.Printf("%q %v %v\n", b, err, b == nil)
	r3 := bufio.NewReader(strings.NewReader("data"))
	p := make([]byte, 2)
	n, err := r3.Read(p)
	fmt.Println(n, err, string(p[:n]), r3.Buffered())
	fmt.Println(bufio.NewReader(r3) == r3)
}
