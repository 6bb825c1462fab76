// Named results: zero-initialised, assignable, returned by a bare return,
// and overridden by an explicit return.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, b bool, f float64) {
	return
}

func explicit() (a, b int) {
	a, b = 1, 2
	return b, a
}

func count(s string) (letters, digits, others int) {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			letters++
		} else if r >= '0' && r <= '9' {
			digits++
		} else {
			others++
		}
	}
	return
}

func early(n int) (result string) {
	result = "default"
	if n < 0 {
		return
	}
	if n == 0 {
		return "zero"
	}
	result = fmt.Sprint("positive ", n)
	return
}

func shadow() (v int) {
	v = 10
	{
		v := 20
		_ = v
	}
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(zero())
	fmt.Println(explicit())
	fmt.Println(count("Hello, World 2024!"))
	fmt.Println(early(-1), early(0), early(5))
	fmt.Println(shadow())
}
