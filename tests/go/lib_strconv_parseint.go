package main

import (
	"fmt"
	"strconv"
)

func main() {
	type c struct {
		s    string
		base int
		bits int
	}
	for _, t := range []c{{"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"0", 0, 64}, {"1_000_000", 0, 64},
		{"1__0", 0, 64}, {"_10", 0, 64}, {"10_", 0, 64}, {"1_0", 10, 64}, {"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8},
		{"-129", 10, 8}, {"zz", 36, 64}, {"ZZ", 36, 64}, {"12", 1, 64}, {"12", 37, 64}, {"12", 10, 65}, {"12", 10, -1},
		{"-0x10", 0, 64}, {"0x", 0, 64}, {"ff", 16, 32}, {"-80000000", 16, 32}, {"80000000", 16, 32}, {"", 10, 64}} {
		i, err := strconv.ParseInt(t.s, t.base, t.bits)
		fmt.Println(i, err)
	}
	for _, s := range []string{"18446744073709551615", "18446744073709551616", "-1", "+1", "255", "256", "0xff"} {
		u, err := strconv.ParseUint(s, 0, 64)
		fmt.Println(u, err)
		u, err = strconv.ParseUint(s, 10, 8)
		fmt.Println(u, err)
	}
}
