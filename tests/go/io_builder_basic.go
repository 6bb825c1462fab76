package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.Cap(), sb.String() == "")
	for i := 0; i < 20; i++ {
		sb.WriteString("go")
		sb.WriteByte(byte('a' + i%26))
		fmt.Println(i, sb.Len(), sb.Cap())
	}
	fmt.Println(sb.String())
	n, err := sb.Write([]byte("!!"))
	fmt.Println(n, err)
	n, err = sb.WriteRune('世')
	fmt.Println(n, err, sb.Len())
	n, err = sb.WriteRune('x')
	fmt.Println(n, err, sb.Len())
	s := sb.String()
	sb.WriteString(" more")
	fmt.Println(len(s), len(sb.String()))
	p := &sb
	p.WriteString(" via pointer")
	fmt.Println(p.String()[len(p.String())-12:])
}
