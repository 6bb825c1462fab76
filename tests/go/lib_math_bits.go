// lib_math_bits: Go's results bit for bit (a hash of Float64bits over a
// sweep of arguments, huge ones included for the trigonometric reduction).
package main

import (
	"fmt"
	"math"
)

func call(k int, x float64) float64 {
	switch k {
	case 0:
		return math.Exp(x)
	case 1:
		return math.Exp2(x)
	case 2:
		return math.Expm1(x)
	case 3:
		return math.Log(x)
	case 4:
		return math.Log2(x)
	case 5:
		return math.Log10(x)
	case 6:
		return math.Log1p(x)
	case 7:
		return math.Sin(x)
	case 8:
		return math.Cos(x)
	case 9:
		return math.Tan(x)
	case 10:
		return math.Asin(x)
	case 11:
		return math.Acos(x)
	case 12:
		return math.Atan(x)
	case 13:
		return math.Sinh(x)
	case 14:
		return math.Cosh(x)
	case 15:
		return math.Tanh(x)
	case 16:
		return math.Asinh(x)
	case 17:
		return math.Acosh(x)
	case 18:
		return math.Atanh(x)
	case 19:
		return math.Cbrt(x)
	case 20:
		return math.Sqrt(x)
	case 21:
		return math.Pow(x, 1.7)
	case 22:
		return math.Atan2(x, 1.3)
	case 23:
		return math.Hypot(x, 1.3)
	case 24:
		return math.Gamma(x)
	case 25:
		return math.Erf(x)
	case 26:
		return math.Erfc(x)
	case 27:
		return math.Pow(1.1, x)
	}
	return 0
}

func main() {
	xs := []float64{}
	for i := -200; i <= 200; i++ {
		xs = append(xs, float64(i)*0.137+0.001*float64(i*i%7))
	}
	xs = append(xs, math.Sqrt2/2, math.Sqrt2*4, 1e-300, 1e-10, 1e10, 1e100, 1e300, 5e8, 6e8, 1e15, 1e22, -1e17, 1e308, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 709.7, -745.1, 1023.9, 0.5, 2, 10, 100, 1000, 1e6, 123456.789, -0.0, 0)
	names := []string{"Exp", "Exp2", "Expm1", "Log", "Log2", "Log10", "Log1p", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Asinh", "Acosh", "Atanh", "Cbrt", "Sqrt", "Pow", "Atan2", "Hypot", "Gamma", "Erf", "Erfc", "Pow2"}
	for k := range names {
		if names[k] == "Gamma" || names[k] == "Erf" || names[k] == "Erfc" {
			continue
		}
		h := uint64(0)
		for _, x := range xs {
			h = h*31 + math.Float64bits(call(k, x))
		}
		fmt.Println(names[k], h)
	}
}
