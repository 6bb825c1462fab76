package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	total := 0
	for i := 1; sc.Scan(); i++ {
		t := sc.Text()
		total += len(t)
		fmt.Println(i, len(t), t[:3], t[len(t)-3:])
	}
	fmt.Println("bytes", total, sc.Err())
}
