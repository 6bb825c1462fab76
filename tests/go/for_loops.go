// All three for forms: three-clause, condition only, and infinite with
// break; empty clauses; loop variables modified in the body; nested loops.
package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()

	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println(n)

	k := 0
	for {
		k++
		if k == 7 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Print("k", k, " ")
	}
	fmt.Println()

	j := 10
	for ; j > 0; j -= 3 {
	}
	fmt.Println(j)

	m := 0
	for m < 5 {
		m += 2
	}
	fmt.Println(m)

	for i := 0; i < 10; {
		i += 4
		fmt.Print(i, ";")
	}
	fmt.Println()

	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()

	for i := 1; i <= 4; i++ {
		for j := 1; j <= i; j++ {
			fmt.Print(i * j)
			if j < i {
				fmt.Print(" ")
			}
		}
		fmt.Println()
	}

	var u uint8
	steps := 0
	for u = 250; u != 4; u++ {
		steps++
	}
	fmt.Println("wrapped after", steps)

	// Modifying the loop variable in the body affects the loop.
	for i := 0; i < 10; i++ {
		if i == 2 {
			i = 7
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	total := 0
	for i := 0; i < 1000000; i++ {
		total += i & 7
	}
	fmt.Println(total)

	for false {
		fmt.Println("never")
	}
	for i := 0; i < 0; i++ {
		fmt.Println("never either")
	}
}
