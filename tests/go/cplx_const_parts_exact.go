// real and imag of complex constants are exact: a part beyond float64's
// range (1e300i * 1e300i) is fine as long as the constant used is not.
package main

import "fmt"

const J = 1e300i * 1e300i
const R = real(J) / 1e300
const Q = imag(1e400i) / 1e390

func main() {
	fmt.Println(R/1e290, Q, real(J) == -1e600)
}
