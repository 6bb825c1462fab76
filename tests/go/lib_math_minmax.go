package main

import (
	"fmt"
	"math"
)

func main() {
	negz := math.Copysign(0, -1)
	vals := []float64{0, negz, 1, -1, 2.5, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range vals {
		for _, y := range vals {
			fmt.Println(x, y, math.Max(x, y), math.Min(x, y), math.Dim(x, y), math.Mod(x, y), math.Remainder(x, y), math.Copysign(x, y), math.Signbit(math.Max(x, y)), math.Signbit(math.Min(x, y)))
		}
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 1.5), math.Mod(1e300, 3))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, 1), math.Nextafter(1, 1))
	fmt.Printf("%#x %#x\n", math.Float64bits(math.NaN()), math.Float64bits(math.Inf(-1)))
	fmt.Printf("%#x %v\n", math.Float32bits(1.5), math.Float32frombits(0x3fc00000))
	fmt.Println(math.Float64frombits(0x3ff8000000000000), math.Float64frombits(0x7ff0000000000000), math.Float32bits(float32(math.Inf(1))))
}
