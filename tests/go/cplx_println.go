package main

import "math"

func main() {
	println(1 + 2i)
	println(complex(math.Inf(1), math.Inf(-1)))
	println(complex(math.NaN(), 0))
	println(complex(0, math.Copysign(0, -1)))
	var c64 complex64 = 3.14159 + 2.71828i
	println(c64)
	println(complex128(c64))
	var z complex128
	println(z, -z)
	print(1i, "\n")
	print(1e100+1e-100i, " ", -1e-310-5i, "\n")
	println(complex(123456789.0, -0.000123456789))
}
