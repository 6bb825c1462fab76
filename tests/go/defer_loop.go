package main

import "fmt"

func count(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("arg", i)
	}
	for i := 0; i < n; i++ {
		defer func() { fmt.Println("closure shares i:", i) }()
	}
	for i := 0; i < n; i++ {
		i := i
		defer func() { fmt.Println("closure copy:", i) }()
	}
	for i := 0; i < n; i++ {
		defer func(k int) { fmt.Println("param:", k) }(i)
	}
}

func total() (sum int) {
	for _, v := range []int{1, 2, 3, 4} {
		v := v
		defer func() { sum += v }()
	}
	return 0
}

func main() {
	count(3)
	fmt.Println("total", total())
}
