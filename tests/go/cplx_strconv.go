package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []complex128{0, 1 + 2i, -1.5 - 0.25i, 1e21 + 1e-7i, complex(math.Inf(1), math.NaN()),
		complex(math.NaN(), math.Inf(-1)), complex(0, math.Copysign(0, -1)), 1.0/3 + 2.0/3i, 123456789 + 0.000001i}
	for _, v := range vals {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x'} {
			for _, prec := range []int{-1, 0, 3} {
				fmt.Print(strconv.FormatComplex(v, f, prec, 128), " ", strconv.FormatComplex(v, f, prec, 64), " ")
			}
			fmt.Println()
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strconv.FormatComplex(1, 'g', -1, 32))
}
