// Recursion: direct (factorial, fibonacci, Ackermann, Hanoi), mutual
// (even/odd), and string-building recursion.
package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

var moves = 0

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	if n >= 3 {
		fmt.Printf("move disk %d from %s to %s\n", n, from, to)
	}
	hanoi(n-1, via, to, from)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func binary(n uint) string {
	if n < 2 {
		return string(rune('0' + n))
	}
	return binary(n/2) + string(rune('0'+n%2))
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func main() {
	fmt.Println(fact(10), fact(20), fact(21))
	for i := 0; i <= 20; i += 5 {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println(ack(2, 3), ack(3, 3))
	hanoi(4, "A", "C", "B")
	fmt.Println("moves:", moves)
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(binary(0), binary(5), binary(255), binary(1<<20+1))
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
}
