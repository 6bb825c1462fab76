// Sieve of Eratosthenes using only strings: the sieve is a string of '1'
// and '0' rebuilt by slicing and concatenation as composites are crossed
// out.
package main

import "fmt"

func sieve(n int) string {
	s := ""
	for i := 0; i <= n; i++ {
		if i < 2 {
			s += "0"
		} else {
			s += "1"
		}
	}
	for p := 2; p*p <= n; p++ {
		if s[p] == '0' {
			continue
		}
		for m := p * p; m <= n; m += p {
			if s[m] == '1' {
				s = s[:m] + "0" + s[m+1:]
			}
		}
	}
	return s
}

func main() {
	const n = 500
	s := sieve(n)
	count := 0
	line := ""
	for i := 0; i <= n; i++ {
		if s[i] == '1' {
			count++
			line += fmt.Sprintf("%4d", i)
			if count%10 == 0 {
				fmt.Println(line)
				line = ""
			}
		}
	}
	if line != "" {
		fmt.Println(line)
	}
	fmt.Println("primes up to", n, "=", count)
}
