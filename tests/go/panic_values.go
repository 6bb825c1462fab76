// Panicking with a value of a sized integer type (not a named type) prints
// the value alone, as for int.
package main

func main() {
	var v int8 = -3
	panic(v)
}
