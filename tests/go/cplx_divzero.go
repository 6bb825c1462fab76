package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	zero := 0.0
	vals := []complex128{0, 1, 1i, -1, complex(inf, 0), complex(0, inf), complex(inf, inf),
		complex(nan, 0), complex(0, nan), complex(nan, nan), complex(-inf, 1), complex(1, -zero),
		complex(1e300, 1e300), complex(1e-300, 1e-300), 3 + 4i}
	for _, n := range vals {
		for _, m := range vals {
			q := n / m
			fmt.Print(q, " ")
		}
		fmt.Println()
	}
	var c64 complex64 = 1 + 2i
	var z64 complex64
	fmt.Println(c64/z64, -c64/z64, z64/z64)
	println(c64/z64, z64/z64)
	fmt.Println(math.Signbit(real(complex(zero, 0) / -1)))
}
