package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"1+2i", "(1+2i)", "3", "(3)", "-4i", "i", "1i", "+1i", "1-2i", "1e3+2e-3i",
		"NaN+NaNi", "+NaNi", "Inf-Infi", "-inf+infinityi", "nan", "(nan)", "1++2i", "1+-2i", "1 + 2i",
		"", "()", "(", "1+2", "1+2j", "0x1p3+0x1p-2i", "1_000+2_0i", "1__0i", "1e400+1i", "1+1e400i",
		"3.4e38+1i", "3.5e38i", ".5+.5i", "1.+2.i", "0x10i", "1e+2i", "1e+i", "+Inf", "-nani",
		"1+2i)", "((1+2i))", "1+i", "i1", "2+3iabc", "1e-400+5i"}
	for _, in := range inputs {
		c, err := strconv.ParseComplex(in, 128)
		c64, err64 := strconv.ParseComplex(in, 64)
		fmt.Printf("%-16q %v %v | %v %v\n", in, c, err, c64, err64)
	}
}
