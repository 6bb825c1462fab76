// panic with a float64 prints it in print's format.
package main

func main() {
	x := 1.5
	panic(x * 2)
}
