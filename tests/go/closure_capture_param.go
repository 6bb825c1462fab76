// Closures capturing parameters and named results of their function.
package main

import "fmt"

func scaler(factor int) (scale func(int) int, change func(int)) {
	scale = func(v int) int { return v * factor }
	change = func(f int) { factor = f }
	return
}

func sumTo(n int) (total int) {
	add := func(k int) { total += k }
	for i := 1; i <= n; i++ {
		add(i)
	}
	return
}

func main() {
	sc, ch := scaler(3)
	fmt.Println(sc(5))
	ch(7)
	fmt.Println(sc(5))
	fmt.Println(sumTo(10), sumTo(0))
}
