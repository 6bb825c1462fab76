// Integer to string conversion by hand in bases 2 to 36, for the full
// int64 range, checked against fmt's %d, %x, %o and %b.
package main

import "fmt"

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func format(n int64, base int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	out := ""
	for u > 0 {
		out = digits[u%uint64(base):u%uint64(base)+1] + out
		u /= uint64(base)
	}
	if neg {
		out = "-" + out
	}
	return out
}

func main() {
	for i := 0; i < 9; i++ {
		n := sample(i)
		fmt.Println(format(n, 10), format(n, 16), format(n, 8), format(n, 2), format(n, 36))
		same := format(n, 10) == fmt.Sprintf("%d", n) &&
			format(n, 16) == fmt.Sprintf("%x", n) &&
			format(n, 8) == fmt.Sprintf("%o", n) &&
			format(n, 2) == fmt.Sprintf("%b", n)
		fmt.Println("agrees with fmt:", same)
	}
}

func sample(i int) int64 {
	switch i {
	case 0:
		return 0
	case 1:
		return 1
	case 2:
		return -1
	case 3:
		return 7
	case 4:
		return -8
	case 5:
		return 255
	case 6:
		return 1000000
	case 7:
		return -9223372036854775808
	}
	return 9223372036854775807
}
