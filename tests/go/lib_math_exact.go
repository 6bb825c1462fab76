package main

import (
	"fmt"
	"math"
)

func show(name string, v float64) {
	fmt.Printf("%s %v %#x\n", name, v, math.Float64bits(v))
}

func main() {
	negz := math.Copysign(0, -1)
	xs := []float64{0, negz, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 1e300, -1e300, 4503599627370497, math.Inf(1), math.Inf(-1), math.NaN(), 0.49999999999999994, math.SmallestNonzeroFloat64}
	for _, x := range xs {
		show("Floor", math.Floor(x))
		show("Ceil", math.Ceil(x))
		show("Trunc", math.Trunc(x))
		show("Round", math.Round(x))
		show("RoundToEven", math.RoundToEven(x))
		show("Abs", math.Abs(x))
		show("Sqrt", math.Sqrt(x))
		i, f := math.Modf(x)
		show("Modf.int", i)
		show("Modf.frac", f)
		fr, e := math.Frexp(x)
		show("Frexp", fr)
		fmt.Println("exp", e)
		show("Ldexp", math.Ldexp(x, 3))
		fmt.Println(math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1))
	}
}
