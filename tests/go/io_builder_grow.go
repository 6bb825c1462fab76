package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.Grow(10)
	fmt.Println(sb.Len(), sb.Cap())
	sb.WriteString("0123456789")
	fmt.Println(sb.Len(), sb.Cap())
	sb.Grow(5)
	fmt.Println(sb.Len(), sb.Cap())
	sb.Grow(1)
	fmt.Println(sb.Len(), sb.Cap())
	for _, r := range "héllo, 世界 🌍" {
		sb.WriteRune(r)
		fmt.Print(sb.Len(), ":", sb.Cap(), " ")
	}
	fmt.Println()
	fmt.Println(sb.String())
	sb.Reset()
	fmt.Println(sb.Len(), sb.Cap())
	sb.WriteRune(0x10FFFF + 1)
	sb.WriteRune(-1)
	fmt.Printf("%q\n", sb.String())
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	sb.Grow(-1)
}
