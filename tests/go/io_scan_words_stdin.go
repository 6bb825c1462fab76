package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	longest := ""
	var sb strings.Builder
	n := 0
	for sc.Scan() {
		w := sc.Text()
		n++
		if len(w) > len(longest) {
			longest = w
		}
		if n > 1 {
			sb.WriteByte(' ')
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(n, longest)
	fmt.Println(sb.String())
}
