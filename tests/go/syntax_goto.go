package main

import "fmt"

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		goto done
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
done:
	return
}

func main() {
	for i := 1; i <= 10; i++ {
		fmt.Print(collatz(i), " ")
	}
	fmt.Println()
	i := 0
again:
	if i < 3 {
		fmt.Println("again", i)
		i++
		goto again
	}
	{
		goto inner
	inner:
		fmt.Println("inner block")
	}
}
