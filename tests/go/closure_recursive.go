// Recursive closures declared with var f func(...) then assigned: the
// closure captures f itself.
package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	// Memoised with a captured map.
	memo := map[int]int{}
	var mfib func(int) int
	mfib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := mfib(n-1) + mfib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(mfib(90), len(memo))

	// Mutual recursion between two closures.
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(7))

	// A recursive walk collecting into a captured slice.
	var out []string
	var perm func(prefix string, rest []byte)
	perm = func(prefix string, rest []byte) {
		if len(rest) == 0 {
			out = append(out, prefix)
			return
		}
		for i := range rest {
			next := append(append([]byte{}, rest[:i]...), rest[i+1:]...)
			perm(prefix+string(rest[i]), next)
		}
	}
	perm("", []byte("abc"))
	fmt.Println(out)

	// Rebinding the variable changes what the recursion calls.
	var countdown func(int) int
	countdown = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + countdown(n-1)
	}
	orig := countdown
	countdown = func(n int) int { return 100 }
	fmt.Println(orig(5))
}
