package main

import (
	"fmt"
	"math"
)

func p(name string, v float64) { fmt.Printf("%s %.10g\n", name, v) }

func main() {

	for _, x := range []float64{0.3, 1, 2, 10, 0.001, 7.5} {
		p("Exp", math.Exp(x))
		p("Exp2", math.Exp2(x))
		p("Expm1", math.Expm1(x))
		p("Log", math.Log(x))
		p("Log2", math.Log2(x))
		p("Log10", math.Log10(x))
		p("Log1p", math.Log1p(x))
		p("Sin", math.Sin(x))
		p("Cos", math.Cos(x))
		p("Tan", math.Tan(x))
		p("Atan", math.Atan(x))
		p("Sinh", math.Sinh(x))
		p("Cosh", math.Cosh(x))
		p("Tanh", math.Tanh(x))
		p("Asinh", math.Asinh(x))
		p("Cbrt", math.Cbrt(x))
		p("Pow", math.Pow(x, 2.5))
		p("Atan2", math.Atan2(x, -1))
		p("Hypot", math.Hypot(x, 3))
	}
	for _, x := range []float64{-1, -0.5, 0, 0.5, 1} {
		p("Asin", math.Asin(x))
		p("Acos", math.Acos(x))
		p("Atanh", math.Atanh(x))
	}
	fmt.Println(math.Log2(8), math.Log2(1024), math.Log10(100), math.Log10(1000), math.Exp(0), math.Pow(2, 10), math.Pow(2, -2), math.Sqrt(16), math.Cbrt(27))
	fmt.Println(math.Log(0), math.Log(-1), math.Exp(1000), math.Exp(-1000), math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Pow(-2, 3), math.Pow(1, math.NaN()), math.Pow(math.NaN(), 0))
	fmt.Println(math.Atan2(0, -1), math.Atan2(math.Copysign(0, -1), -1), math.Hypot(math.Inf(1), math.NaN()), math.Sin(math.Inf(1)), math.Acos(2), math.Acosh(0.5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(0), math.NaN(), -math.Inf(1), math.Gamma(5), math.Erf(0))
}
