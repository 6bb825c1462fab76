package main

import (
	"fmt"
	"math"
)

func main() {
	negz := math.Copysign(0, -1)
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	xs := []float64{0, negz, 1, -1, 2, -2, 0.5, -0.5, 10, inf, ninf, nan, 1e-300, 1e300}
	ys := []float64{0, negz, 1, -1, 2, -2, 3, -3, 0.5, -0.5, 1.5, inf, ninf, nan, 1e10, 1e19, -1e19}
	for _, x := range xs {
		for _, y := range ys {
			fmt.Print(math.Pow(x, y), " ")
		}
		fmt.Println()
	}
	fmt.Println(math.Pow(2, 1023), math.Pow(2, 1024), math.Pow(2, -1074), math.Pow(2, -1075), math.Pow(1.0000001, 1e10), math.Pow(10, 308.5))
	fmt.Println(math.Float64bits(math.Pow(3, 0.7)), math.Float64bits(math.Pow(7.5, -2.25)), math.Float64bits(math.Pow(1e-5, 3.3)))
}
