// How Println, print-free %v, and Sprint render floats: shortest
// representation that round-trips, switching to exponent form below 1e-4 and
// at or above 1e21, for float64 and float32.
package main

import "fmt"

func main() {
	fmt.Println(1.0, 0.5, 2.5, 100.0, 123456789.0, 1e20, 1e21, 1e22)
	fmt.Println(0.001, 0.0001, 0.00001, 1e-7, 1.5e-10, 123.456e-9)
	fmt.Println(3.141592653589793, 2.718281828459045, 1.0/3, 2.0/3)
	fmt.Println(1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308)
	fmt.Println(-1.0, -0.1, -1e21, -123.0)
	fmt.Println(float32(0.1), float32(1.0/3), float32(16777216), float32(3.4028234e38))
	fmt.Println(float32(1e-7), float32(123456789), float32(1e21), float32(1e20))
	fmt.Println(100000000.0, 999999999999999999999.0, 12345678901234567890.0)
	var f float64 = 12
	fmt.Println(f, f/7, f*1e15, f*1e19)
	fmt.Printf("%v %v %v %v\n", 1e6, 1e-5, 123456.789, float32(2.5))
	s := fmt.Sprint(1.5, 2.0, float32(0.3))
	fmt.Println(s)
	fmt.Println(fmt.Sprint(3.0) + "|" + fmt.Sprintln(4.25, 1e-9))
}
