package main

import (
	"fmt"
	"math"
)

func main() {
	c := 3.14159265 - 2.5e-7i
	var c64 complex64 = 1.0/3 + 2.0/3i
	for _, f := range []string{"%v", "%g", "%e", "%E", "%f", "%F", "%.2f", "%.3e", "%8.2f", "%-20.3g|", "%+v", "%+.1f", "% .2f", "%G", "%.0f", "%b", "%x", "%X", "%10v|", "%010.3f", "%#v", "%#g", "%s", "%d", "%q"} {
		fmt.Printf(f+"  "+f+"\n", c, c64)
	}
	fmt.Printf("%v %v %v\n", complex(math.Inf(1), math.NaN()), complex(math.Inf(-1), 0), complex(0, math.Copysign(0, -1)))
	fmt.Printf("%.2f %8.1f|\n", complex(math.Inf(1), math.NaN()), complex(math.NaN(), math.Inf(-1)))
	fmt.Printf("%T %T\n", c, c64)
	fmt.Println(c, c64, []complex128{1, 2i}, [2]complex64{1i, 2}, map[string]complex128{"a": 1 + 1i})
	fmt.Print(c, c64, "\n")
	s := fmt.Sprint(1+2i, 3+4i)
	fmt.Println(s, len(s))
	fmt.Printf("%v\n", struct {
		A complex128
		B complex64
	}{1 + 1i, 2 - 2i})
	fmt.Printf("%+v\n", struct{ Z complex128 }{-1i})
	fmt.Printf("%6.2v|%-8v|\n", 1.23456+2i, 1i)
	fmt.Println(fmt.Sprintf("%.3g", 123456.789+0.000123456i))
	fmt.Printf("%v %v\n", complex64(complex(1e20, 1e-20)), complex(1e21, 1e-5))
}
