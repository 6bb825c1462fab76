// %x and %X on floats print hexadecimal mantissa and binary exponent;
// precision rounds the mantissa, # is ignored for these verbs.
package main

import "fmt"

func main() {
	fmt.Printf("|%x|%X|%.2x|%#x|\n", 1.0, 10.5, 3.0, -0.125)
	fmt.Printf("|%x|%x|%x|%x|\n", 0.1, 1e300, 5e-324, float32(0.1))
	zero := 0.0
	fmt.Printf("|%x|%x|%x|%X|\n", zero, -zero, 1/zero, zero/zero)
	fmt.Printf("|%20x|%-20x|%+x|\n", 2.5, 2.5, 2.5)
}
