// A panic message may contain newlines; it is printed verbatim, and
// stderr output from println before it is kept in order.
package main

func main() {
	println("before panic")
	panic("line one\nline two")
}
