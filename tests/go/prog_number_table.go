// A formatted table of numbers in several bases and notations: widths,
// alignment and padding must line up exactly.
package main

import "fmt"

func main() {
	fmt.Printf("%-6s|%8s|%8s|%12s|%6s|%10s|%12s\n", "n", "hex", "octal", "binary", "char", "square", "sqrt~")
	fmt.Printf("%s\n", "------+--------+--------+------------+------+----------+------------")
	for n := 1; n <= 1000; n = n*3 + 1 {
		sq := n * n
		root := float64(n)
		guess := root / 2
		for i := 0; i < 20; i++ {
			guess = (guess + root/guess) / 2
		}
		c := rune('A' + n%26)
		fmt.Printf("%-6d|%#8x|%#8o|%12b|%6c|%10d|%12.6f\n", n, n, n, n, c, sq, guess)
	}
	fmt.Printf("%+08.2f|%-+8.2f|% 8.2e|%08d\n", 3.14159, -2.5, 12345.678, -42)
	fmt.Printf("[%5.1f%%] [%-5.1f%%] [%05.1f%%]\n", 99.5, 1.25, 7.0)
}
