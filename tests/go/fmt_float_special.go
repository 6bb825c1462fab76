// NaN, infinities and negative zero under every float verb and flag (a 0
// flag pads them with spaces, + and space apply to NaN too), and %f of a
// huge value, which needs exact decimal expansion of the binary value.
package main

import "fmt"

func main() {
	zero := 0.0
	nan, inf, ninf := zero/zero, 1/zero, -1/zero
	fmt.Printf("|%f|%f|%f|%e|%g|%v|\n", nan, inf, ninf, nan, inf, ninf)
	fmt.Printf("|%8f|%-8f|%08f|%+f|% f|%+08f|%8.2f|\n", inf, inf, inf, inf, inf, ninf, nan)
	fmt.Printf("|%08f|%+f|% f|%-6v|%6v|\n", nan, nan, nan, nan, ninf)
	negz := -zero
	fmt.Printf("|%f|%.0f|%e|%g|%v|%+v|\n", negz, negz, negz, negz, negz, zero)

	fmt.Printf("|%f|%.3f|\n", 1e300, 1e23)
	fmt.Printf("|%.30f|%.25e|\n", 0.1, 0.1)
	fmt.Printf("|%f|%.320f|\n", 5e-324, 5e-324)
}
