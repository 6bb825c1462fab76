// Float verbs %e %E %f %g %G %v with widths, precisions and flags, on
// float64 and float32, including round-half-even and huge and tiny values.
package main

import "fmt"

func main() {
	x := 3.14159265358979
	fmt.Printf("|%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f|%.0f|%#.0f|\n", x, x, x, x, x, x, x, x, x)
	fmt.Printf("|%e|%.2e|%12.3e|%-12.1e|%+e|%E|%.0e|%#.0e|\n", x, x, x, x, x, x, x, x)
	fmt.Printf("|%g|%.3g|%10.4g|%-10g|%G|%.10g|%#g|%#.3g|\n", x, x, x, x, x, x, x, x)
	y := -0.000012345
	fmt.Printf("|%f|%.8f|%e|%g|%G|%v|%08.2e|\n", y, y, y, y, y, y, y)
	z := 123456789.0
	fmt.Printf("|%f|%e|%g|%.3g|%v|%.1f|%08.1f|\n", z, z, z, z, z, z, z)
	fmt.Printf("|%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|\n", 0.5, 1.5, 2.5, -0.5, 0.05, 0.25)
	fmt.Printf("|%e|%g|%v|\n", 1e300, 1e300, 1e-300)
	fmt.Printf("|%.3f|%.3e|%.3g|%g|%g|\n", 1e-10, 1e-10, 1e-10, 1e-4, 1e-5)
	fmt.Printf("|%g|%g|%g|%g|%.2g|%.2g|\n", 100000.0, 1000000.0, 1e20, 1e21, 123.0, 0.000123)

	var f32 float32 = 0.1
	fmt.Printf("|%v|%g|%f|%.10f|%e|%.20g|\n", f32, f32, f32, f32, f32, f32)
	var t32 float32 = 1.0 / 3
	fmt.Printf("|%v|%.3v|%8.4v|%G|\n", t32, t32, t32, t32)
	fmt.Printf("|%v|%v|%v|\n", float32(16777216), float32(1e10), float32(3.4028235e38))

	fmt.Printf("|%6.2f|%6.2f|%6.2f|\n", 9.999, 99.995, -9.999)
	fmt.Printf("|%5.1f%%|\n", 45.67)
	fmt.Printf("|%v|%.1v|%10.3v|%-10.3v|\n", 2.0, 2.25, 1234.5678, 1234.5678)
}
