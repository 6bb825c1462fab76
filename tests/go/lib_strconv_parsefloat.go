package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0", "+0", "1e10", "1E-5", ".5", "5.", ".", "", "e5", "1e", "1e+", "1e400", "-1e400", "1e-400",
		"inf", "+Inf", "-INFINITY", "infinity", "infin", "nan", "NaN", "+nan", "0x1p-2", "0x1.8p1", "0x1.8", "0X_1p0", "1_000.5",
		"1__0", "_1", "0x", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "2.4e-324", "123456789012345678901234567890",
		"0.1", "1e23", "abc", "1.5x", " 1.5", "0x1.fffffffffffff8p1023", "3.4028235e38", "3.5e38"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(f, err, g, err2)
	}
	for _, s := range []string{"true", "1", "t", "T", "TRUE", "True", "false", "0", "f", "F", "FALSE", "False", "yes", "", "tRUE"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
}
