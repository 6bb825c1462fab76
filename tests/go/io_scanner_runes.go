package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("aé世\xffz🌍"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q %d | ", sc.Text(), len(sc.Bytes()))
	}
	fmt.Println(sc.Err())
	bs := bufio.NewScanner(strings.NewReader("héy"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes(), " ")
	}
	fmt.Println()
	ws := bufio.NewScanner(strings.NewReader("\u00a0 one\u2003two\n\nthree\u3000"))
	ws.Split(bufio.ScanWords)
	count := 0
	for ws.Scan() {
		count++
		fmt.Printf("[%s]", ws.Text())
	}
	fmt.Println(count)
	empty := bufio.NewScanner(strings.NewReader(""))
	fmt.Println(empty.Scan(), empty.Err())
}
