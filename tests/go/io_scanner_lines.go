package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		fmt.Printf("%3d %-4d %q\n", n, len(line), line)
		if strings.HasPrefix(line, "#") {
			fmt.Println("    comment:", strings.TrimSpace(line[1:]))
		}
	}
	fmt.Println("lines:", n, "err:", sc.Err())
	fmt.Println(sc.Scan(), sc.Text() == "")
}
