package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "short\n" + strings.Repeat("y", 50) + "\nafter\n"
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Buffer(make([]byte, 4), 16)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)
	big := bufio.NewScanner(strings.NewReader(strings.Repeat("z", 70000) + "\n"))
	for big.Scan() {
		fmt.Println(len(big.Text()))
	}
	fmt.Println("big err:", big.Err())
	ok := bufio.NewScanner(strings.NewReader(strings.Repeat("w", 10000) + "\nend"))
	for ok.Scan() {
		fmt.Println(len(ok.Text()))
	}
	fmt.Println("ok err:", ok.Err(), bufio.MaxScanTokenSize)
	defer func() { fmt.Println("recovered:", recover()) }()
	ok.Buffer(nil, 10)
}
