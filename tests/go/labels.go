// Labeled break and continue: leaving nested loops, continuing an outer
// loop, breaking out of a for from inside a switch, and labels on switch.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	// Plain break inside switch leaves only the switch.
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		}
		fmt.Print("after switch ", i, "; ")
	}
	fmt.Println()

loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue loop
		case i > 4:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Find the first pair with a given product.
	found := ""
search:
	for a := 1; a < 10; a++ {
		for b := a; b < 10; b++ {
			if a*b == 24 {
				found = fmt.Sprint(a, "x", b)
				break search
			}
		}
	}
	fmt.Println("found", found)

sw:
	switch x := 3; x {
	case 3:
		for {
			break sw
		}
	}
	fmt.Println("left labeled switch")

	// Three levels deep, continue the middle one.
	count := 0
	for i := 0; i < 3; i++ {
	middle:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				if k > j {
					continue middle
				}
				count++
			}
		}
	}
	fmt.Println("count", count)

	// Labeled continue in a range loop over a string.
	words := 0
letters:
	for i, r := range "ab cd  ef" {
		if r == ' ' {
			continue letters
		}
		if i == 0 || "ab cd  ef"[i-1] == ' ' {
			words++
		}
	}
	fmt.Println("words", words)
}
