// Roman numerals both ways: integer to string with a table walk, and back
// with a switch on runes.
package main

import "fmt"

func value(i int) (int, string) {
	switch i {
	case 0:
		return 1000, "M"
	case 1:
		return 900, "CM"
	case 2:
		return 500, "D"
	case 3:
		return 400, "CD"
	case 4:
		return 100, "C"
	case 5:
		return 90, "XC"
	case 6:
		return 50, "L"
	case 7:
		return 40, "XL"
	case 8:
		return 10, "X"
	case 9:
		return 9, "IX"
	case 10:
		return 5, "V"
	case 11:
		return 4, "IV"
	}
	return 1, "I"
}

func toRoman(n int) string {
	out := ""
	for i := 0; n > 0; i++ {
		v, s := value(i)
		for n >= v {
			out += s
			n -= v
		}
	}
	return out
}

func digit(r rune) int {
	switch r {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

func fromRoman(s string) int {
	total, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		d := digit(rune(s[i]))
		if d < prev {
			total -= d
		} else {
			total += d
			prev = d
		}
	}
	return total
}

func main() {
	ok := true
	for n := 1; n < 4000; n++ {
		if fromRoman(toRoman(n)) != n {
			ok = false
			fmt.Println("mismatch at", n)
		}
	}
	fmt.Println("round trip ok:", ok)
	for n := 1; n <= 3999; n = n*2 + 7 {
		fmt.Printf("%4d = %s\n", n, toRoman(n))
	}
}
