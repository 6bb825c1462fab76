package main

import (
	"fmt"
)

func main() {
	sum := 0
	for i := 0; ; i++ {
		var x int
		n, err := fmt.Scan(&x)
		if err != nil {
			fmt.Println("stopped after", i, "numbers:", n, err)
			break
		}
		sum += x
	}
	fmt.Println("sum", sum)
	var s string
	n, err := fmt.Scan(&s)
	fmt.Println(n, err, s)
}
