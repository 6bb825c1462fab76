package main

import (
	"fmt"
	"io"
)

func main() {
	sum, count := 0, 0
	for {
		var x int
		n, err := fmt.Scan(&x)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("bad input:", n, err)
			return
		}
		sum += x
		count++
	}
	fmt.Println("count", count, "sum", sum)
}
