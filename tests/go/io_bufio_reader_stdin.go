package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	first, err := r.ReadString('\n')
	fmt.Printf("first %q %v\n", first, err)
	c, _ := r.ReadByte()
	fmt.Println("byte", c, string(c))
	r.UnreadByte()
	ru, sz, _ := r.ReadRune()
	fmt.Println("rune", string(ru), sz)
	ru, sz, _ = r.ReadRune()
	fmt.Println("rune", string(ru), sz)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			fmt.Printf("%q upper=%s\n", line, strings.ToUpper(strings.TrimSpace(line)))
		}
		if err == io.EOF {
			fmt.Println("eof")
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	_, err = r.ReadByte()
	fmt.Println(err)
}
