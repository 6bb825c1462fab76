// The exit status computed from the arguments (from os_args_exit.args).
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			fmt.Println("not a number:", s)
			os.Exit(2)
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	sum := 0
	for i := 1; i < len(os.Args); i++ {
		sum += atoi(os.Args[i])
	}
	fmt.Println("sum", sum)
	os.Exit(sum % 256)
}
