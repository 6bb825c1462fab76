// Collatz sequences: the longest chain below 100000 (int arithmetic in a
// hot loop), and one sequence printed in full.
package main

import "fmt"

func steps(n int) int {
	count := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		count++
	}
	return count
}

func main() {
	n := 27
	line := ""
	for n != 1 {
		line += fmt.Sprint(n, " ")
		if n&1 == 0 {
			n >>= 1
		} else {
			n = 3*n + 1
		}
	}
	fmt.Println(len(line), line[:40])

	best, bestN := 0, 0
	for i := 1; i < 100000; i++ {
		if s := steps(i); s > best {
			best, bestN = s, i
		}
	}
	fmt.Printf("longest chain below 100000: %d (%d steps)\n", bestN, best)
}
