package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 3.141592653589793, 1e21, 1e20, 123456789, 0.000001, 1e-7,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 2.5, 0.1, 100}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'f', 2, 32), strconv.FormatFloat(v, 'G', 5, 64), strconv.FormatFloat(v, 'b', -1, 64), strconv.FormatFloat(v, 'x', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64), strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(1.0/3, 'f', 30, 64))
}
