package main

import "fmt"

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func count(xs ...interface{}) int { return len(xs) }

func forward(prefix string, args ...interface{}) string {
	return prefix + fmt.Sprint(args...)
}

func nilOrNot(xs ...int) bool { return xs == nil }

func appendAll(dst []int, srcs ...[]int) []int {
	for _, s := range srcs {
		dst = append(dst, s...)
	}
	return dst
}

func main() {
	fmt.Println(sum(1), sum(1, 2), sum(1, 2, 3, 4))
	s := []int{10, 20, 30}
	fmt.Println(sum(0, s...), sum(5, s[1:]...))
	fmt.Println(count(), count(nil), count(1, "a", 2.5), count([]interface{}{1, 2}...))
	fmt.Println(forward("p:", 1, 2, "x"), nilOrNot(), nilOrNot(s...), nilOrNot([]int{}...))
	fmt.Println(appendAll(nil, []int{1}, []int{2, 3}, nil, []int{4}))
	// the callee sees the caller's array when passed with ...
	mod := func(xs ...int) { xs[0] = 99 }
	mod(s...)
	fmt.Println(s)
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
	f := func(format string, a ...interface{}) string { return fmt.Sprintf(format, a...) }
	fmt.Println(f("%d-%s", 7, "x"))
}
