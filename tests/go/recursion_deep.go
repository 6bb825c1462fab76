// Deep recursion: far more frames than fit in a 2 KB goroutine stack, so the
// stack must grow (by copying) many times and shrink back; results must
// survive every move.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int64, acc int64) int64 {
	if n == 0 {
		return acc
	}
	return sumTo(n-1, acc+n)
}

func build(n int, s string) string {
	if n == 0 {
		return s
	}
	return build(n-1, s+string(rune('a'+n%26)))
}

func many(a, b, c, d, e, f, g, h int, s1, s2 string, x, y float64) int {
	if a == 0 {
		return b + c + d + e + f + g + h + len(s1) + len(s2) + int(x+y)
	}
	return many(a-1, b, c+1, d, e+2, f, g, h+3, s1, s2+"", x*1, y+0.5)
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(sumTo(200000, 0))
	s := build(5000, "")
	fmt.Println(len(s), s[:30], s[len(s)-10:])
	fmt.Println(many(20000, 1, 2, 3, 4, 5, 6, 7, "hello", "world", 1.5, 2.5))
	// Back to a shallow stack, then deep again.
	fmt.Println(depth(10), depth(300000))
}
