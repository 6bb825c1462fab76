// panic with a bool.
package main

func main() {
	panic(1 > 0)
}
